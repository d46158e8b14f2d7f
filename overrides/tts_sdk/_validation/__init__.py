"""Payload validation: JSON Schema (draft 4) compiled to Python, one implementation for every caller."""
