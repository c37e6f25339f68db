"""Customers, their contact points and the references that identify their affairs."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import ContactKind, FormOfAddress, Language, ReferenceKind


class Customer(models.Model):
    """A person or organisation the desk serves, found first by customer code (R-ID-1)."""

    code = models.CharField(_("customer code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=200)
    preferred_language = models.CharField(
        _("preferred language"), max_length=10, choices=Language.choices, default=Language.EN
    )
    form_of_address = models.CharField(
        _("form of address"), max_length=10, choices=FormOfAddress.choices,
        default=FormOfAddress.FORMAL,
    )
    title = models.CharField(_("title"), max_length=40, blank=True, help_text=_("Mr, Ms, Dr…"))
    notes = models.TextField(_("notes"), blank=True)
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged_from",
        verbose_name=_("merged into"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["code"]
        verbose_name = _("customer")
        verbose_name_plural = _("customers")
        indexes = [models.Index(fields=["name"])]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


class ContactPoint(models.Model):
    """An email address, phone number, postal address or social handle of a customer.

    ``normalized`` is the searchable form (lower-cased email, E.164-like phone digits,
    folded address) so that lookups do not depend on how a person typed it (R-ID-1, R-ID-3).
    """

    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="contacts")
    kind = models.CharField(_("kind"), max_length=10, choices=ContactKind.choices)
    value = models.CharField(_("value"), max_length=500)
    normalized = models.CharField(max_length=500, db_index=True)
    label = models.CharField(_("label"), max_length=60, blank=True)
    is_primary = models.BooleanField(_("primary"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("contact point")
        verbose_name_plural = _("contact points")
        constraints = [
            models.UniqueConstraint(
                fields=["customer", "kind", "normalized"], name="contact_unique_per_customer"
            )
        ]
        indexes = [models.Index(fields=["kind", "normalized"])]

    def __str__(self) -> str:
        return f"{self.kind}: {self.value}"


class Reference(models.Model):
    """An exact identifier of the customer's affair: order, package, invoice… (R-ID-2)."""

    kind = models.CharField(_("kind"), max_length=10, choices=ReferenceKind.choices)
    value = models.CharField(_("value"), max_length=120)
    normalized = models.CharField(max_length=120, db_index=True)
    customer = models.ForeignKey(
        Customer, null=True, blank=True, on_delete=models.CASCADE, related_name="references"
    )
    conversation = models.ForeignKey(
        "desk.Conversation", null=True, blank=True, on_delete=models.CASCADE,
        related_name="references",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("reference")
        verbose_name_plural = _("references")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(customer__isnull=False) | models.Q(conversation__isnull=False),
                name="reference_has_owner",
            ),
            models.UniqueConstraint(
                fields=["conversation", "kind", "normalized"], name="reference_unique_per_conv"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.value}"
