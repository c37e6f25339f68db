"""The policy file: one YAML document that drives the desk (see docs/policy-reference.md).

Pure code: nothing here knows Django or the database.
"""

from .errors import PolicyError, PolicyProblem
from .loader import check_policy, load_policy, load_policy_text
from .schema import Policy

__all__ = ["Policy", "PolicyError", "PolicyProblem", "check_policy", "load_policy",
           "load_policy_text"]
