"""Entity resolution on Apache Spark: the blocking and rules of :mod:`.resolve`, distributed.

Past one machine the mention table (:func:`.mentions.extract_mentions`, Parquet, one row
per person a résumé names) is the hand-off: it is small next to the résumés (a few hundred
bytes a mention) and every machine can write its share of it. Spark then does what DuckDB
does on one machine, with the same rules:

1. **strong keys**: the exploded e-mails, phones (E.164) and profile URLs self-joined, each
   pair kept only if :func:`~talentgraph.graph.normalize.same_person_names` accepts it
   (a vectorised UDF);
2. **name blocks**: ``groupBy(block).applyInPandas`` hands each block to the resolver's
   own candidate pairs and corroboration (``_candidate_pairs``, ``_corroborated``); the
   pool's canonical organization names (:class:`.mentions.OrgNames`, built once from the
   distinct employers and schools) travel to the workers with the function;
3. **people**: connected components by min-label propagation (joins until no label
   changes; the components are a person's few mentions, so a handful of rounds), then
   each component's record by the resolver's ``_record`` in the resolver's mention order.

Written by hand rather than with splink or GraphFrames: the rules are the resolver's own
Python functions (a probabilistic model would give other people than the in-memory path),
and GraphFrames is a JVM package fetched at start-up; min-label propagation is a few lines
of joins. Local mode (``master="local[2]"``) is what the bench runs; on a cluster the same
module runs under ``spark-submit`` (docs/scale.md) with the shared storage paths as
arguments.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from talentgraph.graph.normalize import same_person_names
from talentgraph.graph.resolve import Mention, _candidate_pairs, _corroborated, _record

from .columnar import shard_files
from .mentions import OrgNames, extract_mentions

__all__ = ["main", "mentions_on_spark", "resolve_on_spark", "session"]

log = logging.getLogger(__name__)


def session(master: str = "local[*]", memory: str = "2g", partitions: int = 16) -> Any:
    """A Spark session (local mode unless ``master`` names a cluster)."""
    from pyspark.sql import SparkSession

    # the local workers must run this interpreter (its packages), not the first python3
    # on PATH; PySpark reads the variable when the context starts
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    return (SparkSession.builder.master(master).appName("talentgraph-resolve")
            .config("spark.driver.memory", memory)
            .config("spark.sql.shuffle.partitions", str(partitions))
            .config("spark.sql.execution.arrow.pyspark.enabled", "true")
            .config("spark.ui.enabled", "false")
            .getOrCreate())


def _strings(value: Any) -> set[str]:
    return set() if value is None else {str(v) for v in value}


def _block_pairs(orgs: OrgNames) -> Callable[[pd.DataFrame], pd.DataFrame]:
    """The function Spark calls with each name block: its corroborated pairs."""
    def pairs(block: pd.DataFrame) -> pd.DataFrame:
        group = [Mention(index=int(r.idx), source=r.src, name=r.name,
                         papers=_strings(r.papers), coauthors=_strings(r.coauthors),
                         orgs=orgs.keys([] if r.affiliations is None else
                                        [dict(a) for a in r.affiliations]))
                 for r in block.sort_values("idx").itertuples(index=False)]
        found = [(a.index, b.index) for a, b in _candidate_pairs(group)
                 if a.source != b.source and _corroborated(a, b)]
        return pd.DataFrame(found, columns=["a", "b"], dtype="int64")
    return pairs


_RECORD = ("comp long, first long, id string, name string, is_owner boolean, "
           "name_inferred boolean, name_evidence string, anonymous boolean, "
           "emails array<string>, phones array<string>, urls array<string>, "
           "sources array<string>")


def _records(component: pd.DataFrame) -> pd.DataFrame:
    """One component's :class:`~talentgraph.graph.resolve.PersonRecord`, by the
    resolver's ``_record`` over its mentions in the resolver's order."""
    rows = component.sort_values("idx")
    group = [Mention(index=int(r.idx), source=r.src, name=r.name, is_owner=bool(r.is_owner),
                     name_inferred=bool(r.name_inferred), name_evidence=r.name_evidence,
                     emails=_strings(r.emails), phones=_strings(r.phones),
                     urls=_strings(r.urls))
             for r in rows.itertuples(index=False)]
    record = vars(_record(group, None))
    return pd.DataFrame([{"comp": int(rows.comp.iloc[0]), "first": group[0].index,
                          **record}])


def _components(edges: Any, vertices: Any) -> Any:
    """``(idx, comp)``: the smallest ``idx`` of each vertex's connected component."""
    from pyspark.sql import functions as F

    both = edges.union(edges.select(F.col("b").alias("a"), F.col("a").alias("b")))
    both = both.localCheckpoint()
    labels = vertices.select("idx", F.col("idx").alias("comp")).localCheckpoint()
    rounds = 0
    while True:
        rounds += 1
        offered = (both.join(labels, both.b == labels.idx)
                   .groupBy(both.a.alias("idx")).agg(F.min("comp").alias("offer")))
        updated = (labels.join(offered, "idx", "left")
                   .select("idx", F.least("comp", F.coalesce("offer", "comp")).alias("comp"))
                   .localCheckpoint())
        changed = updated.join(labels.withColumnRenamed("comp", "old"), "idx") \
            .where("comp <> old").limit(1).count()
        labels = updated
        if not changed:
            log.info("spark: components after %d rounds", rounds)
            return labels


def resolve_on_spark(mentions: Path | str, names: Path | str, out: Path | str, *,
                     master: str = "local[*]", partitions: int = 16, spark: Any = None,
                     collect: bool = True) -> dict[str, str]:
    """Resolve the mention table ``mentions`` (and its name look-ups ``names``) on Spark;
    writes ``out/owner`` (source → person id), ``out/who`` (source, name key → person id)
    and ``out/people`` (the person records) as Parquet, the tables
    :func:`talentgraph.graph.bulk.bulk_graph` builds from (``resolved=out``), and returns
    the owner map unless ``collect`` is false (a cluster run leaves it in ``out``)."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    own = spark is None
    spark = spark or session(master, partitions=partitions)
    try:
        raw = spark.read.parquet(str(mentions))
        # the resolver's global order: (source, position in the résumé), numbered densely
        ordered = raw.orderBy("src", "local").rdd.zipWithIndex() \
            .map(lambda pair: (pair[1], *pair[0]))
        m = spark.createDataFrame(ordered, T.StructType(
            [T.StructField("idx", T.LongType()), *raw.schema.fields])).localCheckpoint()
        orgs = OrgNames(r.org for r in m.select(F.explode("affiliations.org").alias("org"))
                        .distinct().collect())

        @F.pandas_udf("boolean")
        def same_names(a: pd.Series, b: pd.Series) -> pd.Series:
            return pd.Series([same_person_names(x, y) for x, y in zip(a, b, strict=True)])

        strong = m.select("idx", "name", F.explode("strong").alias("key"))
        s1, s2 = strong.alias("s1"), strong.alias("s2")
        strong_pairs = (s1.join(s2, (F.col("s1.key") == F.col("s2.key"))
                                & (F.col("s1.idx") < F.col("s2.idx")))
                        .where(same_names(F.col("s1.name"), F.col("s2.name")))
                        .select(F.col("s1.idx").alias("a"), F.col("s2.idx").alias("b")))
        block_pairs = (m.where(F.col("block").isNotNull())
                       .select("block", "idx", "src", "name", "papers", "coauthors",
                               "affiliations")
                       .groupBy("block").applyInPandas(_block_pairs(orgs), "a long, b long"))
        edges = strong_pairs.union(block_pairs).distinct()
        labels = _components(edges, m)
        members = m.join(labels, "idx").select(
            "comp", "idx", "src", "name", "is_owner", "name_inferred", "name_evidence",
            "emails", "phones", "urls")
        records = members.groupBy("comp").applyInPandas(_records, _RECORD).localCheckpoint()
        # a record whose id another component took keeps the first, as resolve_people does
        first = F.row_number().over(Window.partitionBy("id").orderBy("first"))
        (records.withColumn("_n", first).where("_n = 1").drop("_n", "comp", "first")
         .write.mode("overwrite").parquet(str(Path(out) / "people")))
        person_of = labels.join(records, "comp").select("idx", F.col("id").alias("person"))
        owner = (m.where("local = 0").join(person_of, "idx")
                 .select("src", "person"))
        owner.write.mode("overwrite").parquet(str(Path(out) / "owner"))
        looked_up = (spark.read.parquet(str(names)).groupBy("src", "key")
                     .agg(F.min("local").alias("local")))
        (looked_up.join(m.select("src", "local", "idx"), ["src", "local"])
         .join(person_of, "idx").select("src", "key", "person")
         .write.mode("overwrite").parquet(str(Path(out) / "who")))
        if not collect:
            return {}
        return {r.src: r.person for r in
                spark.read.parquet(str(Path(out) / "owner")).collect()}
    finally:
        if own:
            spark.stop()


def mentions_on_spark(shards: list[Path | str], out: Path | str, *, spark: Any) -> None:
    """The mention tables of every shard file (``out/mentions``, ``out/names``), one
    Spark task per file running :func:`.mentions.extract_mentions` on it: the files must
    be on storage every worker sees (a shared mount on a cluster)."""
    files = [str(f) for f in shard_files([Path(s) for s in shards])]
    for part in ("mentions", "names"):
        (Path(out) / part).mkdir(parents=True, exist_ok=True)

    def extract(task: tuple[int, str]) -> int:
        number, file = task
        name = f"part-{number:05d}.parquet"
        return extract_mentions([Path(file)], Path(out) / "mentions" / name,
                                Path(out) / "names" / name).mentions

    count = (spark.sparkContext.parallelize(list(enumerate(files)), max(1, len(files)))
             .map(extract).sum())
    log.info("spark: %d mentions from %d shard files", count, len(files))


def main(argv: list[str] | None = None) -> int:
    """``spark-submit spark.py SHARDS... OUT``: mention tables from the résumé shards,
    then the resolution, on the cluster ``spark-submit`` names."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("shards", nargs="+", help="folders or files of résumé shards")
    parser.add_argument("out", help="output folder (on storage every worker sees)")
    args = parser.parse_args(argv)
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("talentgraph-resolve").getOrCreate()
    try:
        mentions_on_spark(args.shards, args.out, spark=spark)
        resolve_on_spark(Path(args.out) / "mentions", Path(args.out) / "names", args.out,
                         spark=spark, collect=False)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
