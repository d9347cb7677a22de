"""Database triggers that refuse UPDATE and DELETE on the register (SQLite and PostgreSQL).

TRUNCATE (PostgreSQL) needs the table owner's rights and is not blocked: the test runner empties tables
with it between tests, and a production database user should not own the tables.
"""

from __future__ import annotations

from typing import Any

from django.db import migrations

_SQLITE = [
    "CREATE TRIGGER web_beoordeling_geen_wijziging BEFORE UPDATE ON web_beoordeling "
    "BEGIN SELECT RAISE(ABORT, 'het register is alleen aan te vullen'); END;",
    "CREATE TRIGGER web_beoordeling_geen_verwijdering BEFORE DELETE ON web_beoordeling "
    "BEGIN SELECT RAISE(ABORT, 'het register is alleen aan te vullen'); END;",
]
_SQLITE_TERUG = ["DROP TRIGGER IF EXISTS web_beoordeling_geen_wijziging;",
                 "DROP TRIGGER IF EXISTS web_beoordeling_geen_verwijdering;"]
_PG = [
    "CREATE FUNCTION web_beoordeling_alleen_aanvullen() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN RAISE EXCEPTION 'het register is alleen aan te vullen'; END; $$;",
    "CREATE TRIGGER web_beoordeling_alleen_aanvullen BEFORE UPDATE OR DELETE ON web_beoordeling "
    "FOR EACH ROW EXECUTE FUNCTION web_beoordeling_alleen_aanvullen();",
]
_PG_TERUG = ["DROP TRIGGER IF EXISTS web_beoordeling_alleen_aanvullen ON web_beoordeling;",
             "DROP FUNCTION IF EXISTS web_beoordeling_alleen_aanvullen();"]


def _run(statements: dict[str, list[str]]) -> Any:
    def run(apps: Any, schema_editor: Any) -> None:
        for sql in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)
    return run


class Migration(migrations.Migration):
    dependencies = [("web", "0001_eerste")]
    operations = [migrations.RunPython(_run({"sqlite": _SQLITE, "postgresql": _PG}),
                                       _run({"sqlite": _SQLITE_TERUG, "postgresql": _PG_TERUG}))]
