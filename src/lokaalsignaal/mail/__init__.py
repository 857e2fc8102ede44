"""The outbox: every e-mail is stored (``OutgoingMail``), delivered by a background task, retried with backoff and
retryable from the admin. ``services.queue`` renders text + HTML and queues delivery after commit."""
