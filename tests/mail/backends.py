"""E-mail backends for tests: an SMTP server that is down."""

import smtplib

from django.core.mail.backends.base import BaseEmailBackend


class BrokenSMTPBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise smtplib.SMTPException("421 Service not available, closing transmission channel")
