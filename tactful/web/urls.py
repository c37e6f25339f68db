from django.contrib.auth import views as auth_views
from django.urls import path

from .views import conversation_detail, conversation_list, set_language

app_name = "web"

urlpatterns = [
    path("login/", auth_views.LoginView.as_view(template_name="web/login.html"), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", conversation_list.view, name="conversations"),
    path("conversations/<int:pk>/", conversation_detail.view, name="conversation"),
    path("language/", set_language.view, name="set-language"),
]
