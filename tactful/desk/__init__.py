"""The desk: customers, conversations, messages and everything that happens to them."""
