"""Email in and out: intake (IMAP, SMTP/LMTP, files, HTTP), threading, acknowledgements,
bounces and the outbox sender. See docs/channels/email.md."""
