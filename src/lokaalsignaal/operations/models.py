"""What a task did once: a task run again (its worker died before the queue marked it done) does nothing twice."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TaskRun(models.Model):
    """A task run (django-tasks' result id) whose work committed. Written in the same transaction as that work."""

    task_id = models.CharField(max_length=64, primary_key=True)
    task_path = models.CharField(max_length=200)
    finished_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("uitgevoerde taak")
        verbose_name_plural = _("uitgevoerde taken")

    def __str__(self) -> str:
        return f"{self.task_path} {self.task_id}"
