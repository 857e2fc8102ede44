"""Accounts: the ``User`` (e-mail login), ``Organisation`` (verified, or a claim) and ``Invitation``; sign-up,
approval of memberships, invitations, verifying a member's organisation, settings (``services``), two-factor for
everyone who reads other people's signals (``middleware``), and what the platform admin changes told to the
coordinators (``admin_changes``)."""
