from allauth.account.adapter import DefaultAccountAdapter

from lokaalsignaal.mail import services as mail


class AccountAdapter(DefaultAccountAdapter):
    """Allauth e-mails go through our outbox (stored, queued, retried)."""

    def send_mail(self, template_prefix, email, context):
        message = self.render_mail(template_prefix, email, context)
        html = ""
        for content, mimetype in getattr(message, "alternatives", []) or []:
            if mimetype == "text/html":
                html = content
        mail.queue_rendered(email, message.subject, message.body, html)
