"""Events (signaaldag, netwerkbijeenkomst, werksessie, overleg): agenda of knelpunten, audiences that respect consent,
invitations, RSVP with capacity and waiting list, calendar files and feeds, reminders, outcomes sent to the givers as
a knelpunt's message. ``services`` (the organiser's side), ``participation`` (register, decline, calendar feed),
``access``. A giver who hid her name is invited by the platform without being named to the organiser
(``Invitation.name_hidden``): left out of every list, count and printout until she registers herself, after being
told her name then shows."""
