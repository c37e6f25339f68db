"""Demo material, one module per language: who works where, who the customers are, what
they write and what the agents answer.

Every module has the same names (``LANGUAGE``, ``ORGANISATION``, ``TEAM``, ``STAFF``,
``CUSTOMERS``, ``REFERENCES``, ``SCENARIOS``, ``BAD_REPLIES`` …); ``tactful.desk.demo``
reads them. Agent turns in a scenario are the body of the reply only: the demo adds the
salutation, the greeting on live channels and the closing in the same language.
Placeholders: ``{ref}`` (the scenario's reference), ``{name}`` (the customer), ``{agent}``
and ``{org}``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Customer:
    name: str
    title: str
    form: str  # "formal" or "informal"
    salutation: str  # how an agent opens a written reply to this customer
    email: str
    phone: str
    address: str


@dataclass(frozen=True)
class Scenario:
    """One affair: turns alternate customer / agent, starting with the customer.

    A ``follow_up`` starts with the agent instead (the desk follows up a customer).
    ``category`` is the complaint category (the policy's defaults) for complaints.
    """

    subject: str
    ref: str
    turns: tuple[str, ...]
    kind: str = "inquiry"
    category: str = ""
    priority: str = ""
