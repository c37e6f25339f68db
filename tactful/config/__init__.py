"""Start-up configuration read from the environment (settings errors, secret key)."""
