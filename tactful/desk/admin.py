"""Django admin for every desk model. Changes made here are audited like any other."""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.contrib import admin
from django.db import models
from django.http import HttpRequest

from . import models as m
from .services import audit


class AuditedAdmin(admin.ModelAdmin):
    """Records an audit event for each save and delete made through the admin."""

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        changed = list(form.changed_data) if form is not None else []
        audit.record(
            "admin.changed" if change else "admin.created",
            actor=request.user, obj=obj, after={"fields": changed},
            conversation=obj if isinstance(obj, m.Conversation) else None,
        )

    def delete_model(self, request: HttpRequest, obj: models.Model) -> None:
        audit.record("admin.deleted", actor=request.user, obj=obj, before={"repr": str(obj)})
        super().delete_model(request, obj)


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class ContactInline(admin.TabularInline):
    model = m.ContactPoint
    extra = 0
    readonly_fields = ("normalized",)


@admin.register(m.Customer)
class CustomerAdmin(AuditedAdmin):
    list_display = ("code", "name", "preferred_language", "form_of_address", "merged_into")
    search_fields = ("code", "name", "contacts__normalized")
    list_filter = ("preferred_language",)
    inlines = [ContactInline]


@admin.register(m.Conversation)
class ConversationAdmin(AuditedAdmin):
    list_display = ("id", "subject", "channel", "kind", "status", "priority", "team", "assignee",
                    "next_deadline_at")
    list_filter = ("channel", "kind", "status", "priority", "team", "language")
    search_fields = ("subject", "token", "contact_email", "contact_phone")
    raw_id_fields = ("customer", "assignee")
    readonly_fields = ("version", "token")


@admin.register(m.Message)
class MessageAdmin(AuditedAdmin):
    list_display = ("id", "conversation", "direction", "channel", "sender", "created_at")
    list_filter = ("direction", "channel")
    raw_id_fields = ("conversation", "author")
    search_fields = ("external_id", "sender")


@admin.register(m.AuditEvent)
class AuditEventAdmin(ReadOnlyAdmin):
    list_display = ("created_at", "actor_label", "action", "object_type", "object_id")
    list_filter = ("action", "object_type")


@admin.register(m.ApiToken)
class ApiTokenAdmin(ReadOnlyAdmin):
    list_display = ("name", "user", "prefix", "created_at", "last_used_at", "revoked_at")


for model in (m.Team, m.StaffProfile, m.ContactPoint, m.Reference, m.Attachment, m.CallEvent,
              m.Visit, m.Escalation, m.ConversationClock, m.Notification, m.Complaint,
              m.FollowUp, m.SurveyResponse):
    admin.site.register(model, AuditedAdmin)


@admin.register(m.PolicyVersion)
class PolicyVersionAdmin(ReadOnlyAdmin):
    """Versions change only through the upload service, which validates and re-times."""

    list_display = ("number", "summary", "author_label", "created_at", "is_active")


@admin.register(m.RawMessage)
class RawMessageAdmin(ReadOnlyAdmin):
    """Raw mail is evidence (already redacted); it is read here, never edited."""


@admin.register(m.OutboundEmail)
class OutboundEmailAdmin(ReadOnlyAdmin):
    list_display = ("id", "kind", "to_address", "subject", "state", "attempts")


# Every other desk model (the knowledge base, canned replies, mailboxes, form submissions,
# and any added later) gets an audited admin page.
for desk_model in apps.get_app_config("desk").get_models():
    if desk_model not in admin.site._registry:
        admin.site.register(desk_model, AuditedAdmin)
