"""Partners on one knelpunt: an invited person, or the verified members of an invited verified organisation
(``access.verified_members``, the one rule). They read the knelpunt and its signal texts (never who gave them) and add
analysis notes. Public face: ``services`` (invite_partner, withdraw_partner, add_analysis_note; ``end_on_close``
listens to a stage change), ``invitations`` (someone without an account: invite by e-mail, sign up or accept through
the link, revoke), ``access``, ``forms``. ``access`` also tells the platform where someone is a partner
(``tenancy.scoping.declare_role_source``: two-factor, the privacy guard's live check). Pages: ``pages.partner`` and
the coordinator's panel in ``pages.workspace``."""
