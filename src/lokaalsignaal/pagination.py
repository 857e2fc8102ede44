"""Pagination that stays fast on huge lists: the count stops at a cap ("meer dan 5.000"), pages stay shallow."""

from django.core.paginator import Paginator
from django.utils.functional import cached_property

CAP = 5000


class CappedPaginator(Paginator):
    def __init__(self, object_list, per_page, cap: int = CAP, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.cap = cap

    @cached_property
    def count(self) -> int:
        # COUNT(*) over a LIMITed subquery: cost bounded by the cap, not by the table
        return self.object_list[: self.cap + 1].count()

    @property
    def capped(self) -> bool:
        return self.count > self.cap

    @cached_property
    def num_pages(self) -> int:
        return max(1, -(-min(self.count, self.cap) // self.per_page))
