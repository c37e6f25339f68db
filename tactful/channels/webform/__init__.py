"""The public contact form (R-MAIL-3): a channel like email."""
