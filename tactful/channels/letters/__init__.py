"""Letters to a customer's postal address, rendered to PDF (R-LETTER-1)."""
