"""``talentgraph forget``: erase a person and every fact only their résumés support."""

from __future__ import annotations

import click

from talentgraph.config import Settings

__all__ = ["forget"]


@click.command()
@click.argument("person")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_obj
def forget(settings: Settings, person: str, yes: bool) -> None:
    """Remove PERSON (an id, a name or an email) and every fact whose only sources are
    that person's résumés (right to erasure).  Facts other résumés also state stay.

    \b
    Example:
      talentgraph forget "Peter Zhao" --yes
    """
    from talentgraph.graph.normalize import email_key, name_key
    from talentgraph.graph.store import StoreError, open_store
    from talentgraph.pipeline import cypher

    try:
        with open_store(settings) as store:
            matches = store.run(cypher("find_person"), {
                "who": person, "key": name_key(person), "email": email_key(person)})
            if not matches:
                raise click.ClickException(f"no person matches {person!r}")
            if len(matches) > 1:
                listing = ", ".join(f"{m['name']} ({m['id']})" for m in matches)
                raise click.ClickException(
                    f"{person!r} matches {len(matches)} people: {listing}; pass an id")
            target = matches[0]
            if not yes:
                click.confirm(f"Erase {target['name']} ({target['id']}) and facts only from "
                              f"{', '.join(target['sources'] or [])}?", abort=True, err=True)
            stats = store.forget_person(target["id"])
    except StoreError as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"forgot {target['name']}: {stats}")
