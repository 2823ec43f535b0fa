"""Ongoing's order webhooks: received, checked, de-duplicated, persisted."""
