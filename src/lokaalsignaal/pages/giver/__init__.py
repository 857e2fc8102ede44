"""The giver's pages: give a signal (with similar knelpunten to join), the receipt, my signals, a signal's story
(``story``: its events and its knelpunten's stage messages, never remarks or names), edit/withdraw while unread,
answer a question, "ik zie dit nog steeds", the knelpunten I joined, my notifications and when I get them by mail."""
