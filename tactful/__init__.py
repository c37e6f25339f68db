"""Tactful: a customer-service desk that runs on an executable protocol."""
