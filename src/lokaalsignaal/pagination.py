"""Pagination: the one page size of the lists (`PAGE_SIZE`), and paging that stays fast on huge lists.

- `CappedPaginator`: the count stops at a cap ("meer dan 1.000"), so counting costs at most cap rows.
- `CountedRowsPaginator`: the rows of a list carry its length (`counted`), so its first page is one query, not
  two (a knelpunt's signals on its page).
- `countless=True`: no count at all (for selective filters, where even a capped count walks many rows); the page
  fetches one row extra to know whether there is a next page. A page number beyond the end gives an empty page
  (the list says so); a number so large that its offset would not fit the database is read as the last page
  number that does (`MAX_OFFSET`), still empty.

A counted list (this paginator or Django's) shows its last page for a page number beyond the end, and the first
for one that is not a number.
"""

from django.core.paginator import InvalidPage, Page, Paginator
from django.db.models import Count, Window
from django.utils.functional import cached_property

PAGE_SIZE = 25  # rows on a page of every list (the audit log shows more: pages.workspace.audit_views)
CAP = 1000
MAX_OFFSET = 2_147_483_647  # rows skipped at most: fits every database's OFFSET


class CountlessPage(Page):
    def __init__(self, object_list, number, paginator, has_more: bool):
        super().__init__(object_list, number, paginator)
        self._has_more = has_more

    def has_next(self) -> bool:
        return self._has_more

    def has_previous(self) -> bool:
        return self.number > 1

    def next_page_number(self) -> int:
        return self.number + 1

    def previous_page_number(self) -> int:
        return self.number - 1


class CappedPaginator(Paginator):
    def __init__(self, object_list, per_page, cap: int = CAP, countless: bool = False, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.cap, self.countless = cap, countless

    @cached_property
    def count(self) -> int:
        if self.countless:
            return 0
        # COUNT(*) over a LIMITed subquery: cost bounded by the cap, not by the table
        up_to = getattr(self.object_list, "count_up_to", None)  # a `kept_queries.KeptList`
        return up_to(self.cap + 1) if up_to is not None else self.object_list[: self.cap + 1].count()

    @property
    def capped(self) -> bool:
        return not self.countless and self.count > self.cap

    @cached_property
    def num_pages(self) -> int:
        if self.countless:
            return 0
        return max(1, -(-min(self.count, self.cap) // self.per_page))

    def get_page(self, number):
        if not self.countless:
            return super().get_page(number)
        try:
            number = max(1, int(number))
        except (TypeError, ValueError):
            number = 1
        return self.page(min(number, MAX_OFFSET // self.per_page))

    def page(self, number):
        if not self.countless:
            return super().page(number)
        number = int(number)
        if number < 1:
            raise InvalidPage("Pagina bestaat niet")
        bottom = (number - 1) * self.per_page
        rows = list(self.object_list[bottom: bottom + self.per_page + 1])
        return CountlessPage(rows[: self.per_page], number, self, has_more=len(rows) > self.per_page)



def counted(queryset):
    """`queryset` with the length of the whole list on every row (`listed`, a window `COUNT(*) OVER ()`), for
    `CountedRowsPaginator`. For lists of at most a few thousand rows: the database counts them all."""
    return queryset.annotate(listed=Window(Count("pk")))


class CountedRowsPaginator(Paginator):
    """A paginator for a list whose rows say how long it is (`counted`): the first page is read first and its rows
    give the count, one query instead of two (a knelpunt's signals on its page). Another page, or a first page
    with no rows, is counted as Django counts it."""

    def get_page(self, number):
        if number in (None, "", "1", 1) and not self.orphans:
            rows = list(self.object_list[0:self.per_page])
            if rows:
                self.__dict__["count"] = rows[0].listed  # `count` is a cached_property: this is its value
                return self._get_page(rows, 1, self)
        return super().get_page(number)
