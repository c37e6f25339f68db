"""The desk's models, one module per noun."""

from .api_token import ApiToken
from .audit import AuditEvent
from .clock import ACTION_TIMERS, COMMITMENT_CLOCK, ConversationClock, Notification
from .conversation import Conversation
from .customer import ContactPoint, Customer, Reference
from .knowledge import CannedReply, KnowledgeArticle
from .mail import FormSubmission, Mailbox, OutboundEmail, RawMessage
from .message import Attachment, Message
from .policy_version import PolicyVersion
from .team import StaffProfile, Team
from .workflow import CallEvent, Complaint, Escalation, FollowUp, SurveyResponse, Visit

__all__ = [
    "ACTION_TIMERS",
    "COMMITMENT_CLOCK",
    "ApiToken",
    "Attachment",
    "AuditEvent",
    "CallEvent",
    "CannedReply",
    "Complaint",
    "ContactPoint",
    "Conversation",
    "ConversationClock",
    "Customer",
    "Escalation",
    "FollowUp",
    "FormSubmission",
    "KnowledgeArticle",
    "Mailbox",
    "Message",
    "Notification",
    "OutboundEmail",
    "PolicyVersion",
    "RawMessage",
    "Reference",
    "StaffProfile",
    "SurveyResponse",
    "Team",
    "Visit",
]
