from django.contrib.auth import views as auth_views
from django.urls import path

from .views import (
    composer_check,
    conversation_actions,
    conversation_detail,
    customer_search,
    dashboard,
    inbox,
    knowledge,
    policy,
    set_language,
)

app_name = "web"

urlpatterns = [
    path("login/", auth_views.LoginView.as_view(template_name="web/login.html"), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", inbox.view, name="conversations"),
    path("inbox/rows", inbox.rows, name="inbox-rows"),
    path("conversations/<int:pk>/", conversation_detail.view, name="conversation"),
    path("conversations/<int:pk>/timeline", conversation_detail.timeline_partial,
         name="conversation-timeline"),
    path("conversations/<int:pk>/check", composer_check.view, name="conversation-check"),
    path("conversations/<int:pk>/reply", conversation_actions.reply, name="conversation-reply"),
    path("conversations/<int:pk>/assign", conversation_actions.assign,
         name="conversation-assign"),
    path("conversations/<int:pk>/status", conversation_actions.status,
         name="conversation-status"),
    path("conversations/<int:pk>/escalate", conversation_actions.escalate,
         name="conversation-escalate"),
    path("conversations/<int:pk>/transfer", conversation_actions.transfer,
         name="conversation-transfer"),
    path("conversations/<int:pk>/complaint", conversation_actions.complaint,
         name="conversation-complaint"),
    path("conversations/<int:pk>/follow-up", conversation_actions.follow_up,
         name="conversation-follow-up"),
    path("escalations/<int:pk>/answer", conversation_actions.answer_escalation,
         name="escalation-answer"),
    path("customers/", customer_search.view, name="customers"),
    path("knowledge/", knowledge.page, name="knowledge"),
    path("knowledge/search", knowledge.results, name="knowledge-search"),
    path("dashboard/", dashboard.view, name="dashboard"),
    path("dashboard/findings", dashboard.findings, name="dashboard-findings"),
    path("policy/", policy.view, name="policy"),
    path("policy/upload", policy.upload, name="policy-upload"),
    path("policy/<int:number>/activate", policy.activate, name="policy-activate"),
    path("policy/<int:number>/document", policy.document, name="policy-document"),
    path("policy/<int:number>/source", policy.source, name="policy-source"),
    path("language/", set_language.view, name="set-language"),
]
