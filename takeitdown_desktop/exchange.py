"""The case service's platform feed as a python-threatexchange exchange (``SignalExchangeAPI``).

Platforms that already run Meta's tooling (the ``threatexchange`` command, the
Hasher-Matcher-Actioner) load this module as an extension and read ``/v1/feed`` like
they read NCMEC's or StopNCII's hash lists:

    threatexchange config extensions add takeitdown_desktop.exchange
    threatexchange config api takeitdown --credentials FEED_TOKEN
    threatexchange config collab edit takeitdown --create --endpoint URL NAME
    threatexchange fetch

How the feed maps onto py-tx's model:

- **Records** are the feed's items, keyed by their ``item_ref``. An ``add`` event stores
  the item's fingerprints; a ``remove`` (the case was withdrawn) stores ``None``, which
  py-tx's merge turns into a deletion, so the hashes leave the index on the next fetch.
  A record holds at most one signal of each type: the Hasher-Matcher-Actioner stores one
  per type per record, and a second one failed every fetch on a duplicate key, for good.
  So a photo or video that EXIF or the container turns gets a second record,
  ``item_ref + "/oriented"``, with its hashes as displayed; a withdrawal removes both.
- **Checkpoint**: the feed's ``next_cursor``. Each page is one ``FetchDelta`` because the
  server promises only that a whole page is consistent (it is a set, each item once with
  its latest action), so a page is never split and the cursor is saved after it.
- **Signals**: an image's PDQ (stored and, when EXIF turns it, as displayed), a video's
  MD5, and a video's vPDQ frame hashes when py-tx's vPDQ extension (which needs Meta's
  ``vpdq`` package) can be imported. PDQ hashes below quality 50 are left out, as
  py-tx's own PDQ signal leaves out queries below it.
- **Labels**: the programme (``under18`` or ``adult``) is the opinion's tag (and a
  collaboration's ``program`` setting keeps only one programme's hashes); the category
  is ``INVESTIGATION_SEED``, as py-tx's StopNCII exchange marks hashes that a person, not
  a reviewer, submitted.
- **Credentials**: the platform's feed token, through py-tx's ``CredentialHelper``: given
  by the host (the HMA stores it, ``flask auth takeitdown --from-str TOKEN``), else the
  ``TX_TAKEITDOWN_TOKEN`` environment variable, else the file ``~/.tx_takeitdown_token``,
  which ``threatexchange config api takeitdown --credentials TOKEN`` writes (owner-only).

Needs the ``platform`` extra (``threatexchange``); the desktop app never imports it.
"""

# No ``from __future__ import annotations``: py-tx builds command-line options and reads
# stored configs from the dataclasses' field types, which must be real types, not strings.
import json
import os
import sys
import typing as t
from dataclasses import dataclass, field

from threatexchange.exchanges import auth
from threatexchange.exchanges import fetch_state as state
from threatexchange.exchanges.collab_config import CollaborationConfigWithDefaults
from threatexchange.exchanges.signal_exchange_api import SignalExchangeAPI
from threatexchange.extensions.manifest import ThreatExchangeExtensionManifest
from threatexchange.signal_type.md5 import VideoMD5Signal
from threatexchange.signal_type.pdq.signal import PdqSignal
from threatexchange.signal_type.signal_base import SignalType

from takeitdown_desktop.core.client import CaseClient

API_NAME: t.Final = "takeitdown"
#: What a collaboration's ``program`` may say ("" for every programme).
PROGRAMS: t.Final = ("", "under18", "adult")
#: Events per feed request: the server's largest page, so a first fetch takes few requests.
FEED_PAGE_LIMIT: t.Final = 5000
#: py-tx's own floor for PDQ (``PdqSignal.QUALITY_THRESHOLD``): hashes of flat,
#: featureless pictures below it match too much to act on.
PDQ_MIN_QUALITY: t.Final = PdqSignal.QUALITY_THRESHOLD

try:  # needs Meta's vpdq package (py-tx's "extensions" extra)
    from threatexchange.extensions.vpdq.vpdq import VPDQSignal
except ImportError:  # pragma: no cover - depends on what the platform installed
    VPDQSignal = None  # type: ignore[assignment,misc]


@dataclass
class TakeItDownCheckpoint(state.FetchCheckpointBase):
    """Where the next fetch continues: the feed's ``next_cursor``.

    The feed is an append-only log read from 0, so a checkpoint never goes stale; it
    carries no time (events have none), hence no progress timestamp."""

    cursor: int


@dataclass
class TakeItDownRecord:
    """One feed item: the fingerprints of one file of one case, and its programme."""

    program: str
    kind: str
    #: The file's MD5 ("" in the oriented record: it is the same file).
    md5: str
    #: (hash, quality) of the PDQ: one at most (a list, as records stored before were).
    pdq: t.List[t.Tuple[str, int]] = field(default_factory=list)
    #: vPDQ frame hashes in py-tx's VPDQSignal form: one at most.
    vpdq: t.List[str] = field(default_factory=list)

    @classmethod
    def from_feed_item(cls, item: t.Mapping[str, t.Any], program: str) -> "TakeItDownRecord":
        """The item's hashes as stored (the oriented ones are ``oriented_from_feed_item``)."""
        return cls._of(item, program, str(item["md5"]), item.get("pdq"), item.get("frames"))

    @classmethod
    def oriented_from_feed_item(cls, item: t.Mapping[str, t.Any], program: str) -> t.Optional["TakeItDownRecord"]:
        """The item's hashes as displayed, when EXIF or the container turns it; else None."""
        if not item.get("pdq_oriented") and not item.get("frames_oriented"):
            return None
        return cls._of(item, program, "", item.get("pdq_oriented"), item.get("frames_oriented"))

    @classmethod
    def _of(cls, item: t.Mapping[str, t.Any], program: str, md5: str, pdq: t.Any, frames: t.Any) -> "TakeItDownRecord":
        kind = str(item.get("kind"))
        return cls(
            program=program,
            kind=kind,
            md5=md5,
            pdq=[(pdq["hash"], int(pdq["quality"]))] if pdq else [],
            # An animated image's frames are not a video upload: no vPDQ for them.
            vpdq=[_vpdq_signal(frames)] if frames and kind == "video" else [],
        )


#: The key of an item's second record, its hashes as displayed.
ORIENTED_SUFFIX: t.Final = "/oriented"


@dataclass
class TakeItDownSignalMetadata(state.FetchedSignalMetadata):
    """What a platform learns on a match: the programme(s) the hash was sent under."""

    programs: t.Set[str]

    def get_as_opinions(self) -> t.Sequence[state.SignalOpinion]:
        return [state.SignalOpinion(False, state.SignalOpinionCategory.INVESTIGATION_SEED, set(self.programs))]


@dataclass
class _RequiredFields:
    endpoint: str = field(metadata={"help": "the case service's address, e.g. https://cases.example.org"})


@dataclass
class TakeItDownCollabConfig(CollaborationConfigWithDefaults, _RequiredFields):
    """One case service's feed. (The required field sits in a base class so that it can
    come before py-tx's defaulted ones, as py-tx's NCMEC config does.)"""

    api: str = field(init=False, default=API_NAME)
    #: Only this programme's hashes ("under18" or "adult"); all when empty. HMA keeps
    #: no opinion tags, so a platform that treats the two differently makes one
    #: exchange (one bank) per programme.
    program: str = field(
        default="",
        metadata={"help": "only this programme's hashes: under18 or adult (default: both)"},
    )

    def __post_init__(self) -> None:
        if self.program not in PROGRAMS:
            raise ValueError(f"program must be one of {', '.join(p for p in PROGRAMS if p)} or empty, not {self.program!r}")


@dataclass
class TakeItDownCredentials(auth.CredentialHelper):
    """The platform's feed token (``takeitdown-case-server platform-token NAME``)."""

    ENV_VARIABLE: t.ClassVar[str] = "TX_TAKEITDOWN_TOKEN"
    FILE_NAME: t.ClassVar[str] = "~/.tx_takeitdown_token"

    token: str = field(metadata={"help": "the feed token the case service gave this platform"})

    @classmethod
    def _from_str(cls, s: str) -> "TakeItDownCredentials":
        return cls(token=s.strip())

    def _are_valid(self) -> bool:
        return bool(self.token)


class TakeItDownSignalExchangeAPI(
    auth.SignalExchangeWithAuth[TakeItDownCollabConfig, TakeItDownCredentials],
    SignalExchangeAPI[
        TakeItDownCollabConfig,
        TakeItDownCheckpoint,
        TakeItDownSignalMetadata,
        str,
        TakeItDownRecord,
    ],
):
    """Tails a case service's ``/v1/feed``: additions and withdrawals of fingerprints."""

    def __init__(
        self, collab: TakeItDownCollabConfig, client: CaseClient, token: str, page_limit: int = FEED_PAGE_LIMIT
    ) -> None:
        self.collab = collab
        self.client = client
        self._token = token
        self.page_limit = page_limit

    @classmethod
    def get_name(cls) -> str:
        return API_NAME

    @staticmethod
    def get_config_cls() -> t.Type[TakeItDownCollabConfig]:
        return TakeItDownCollabConfig

    @staticmethod
    def get_checkpoint_cls() -> t.Type[TakeItDownCheckpoint]:
        return TakeItDownCheckpoint

    @staticmethod
    def get_record_cls() -> t.Type[TakeItDownSignalMetadata]:
        return TakeItDownSignalMetadata

    @staticmethod
    def get_credential_cls() -> t.Type[TakeItDownCredentials]:
        return TakeItDownCredentials

    @classmethod
    def for_collab(
        cls,
        collab: TakeItDownCollabConfig,
        credentials: t.Optional[TakeItDownCredentials] = None,
    ) -> "TakeItDownSignalExchangeAPI":
        credentials = credentials or TakeItDownCredentials.get(cls)
        # CaseClient: TLS always verified, plain HTTP only to this computer, timeouts and
        # retries with backoff; the same client the desktop app sends cases with.
        return cls(collab, CaseClient(collab.endpoint), credentials.token)

    def fetch_iter(
        self,
        supported_signal_types: t.Sequence[t.Type[SignalType]],
        checkpoint: t.Optional[TakeItDownCheckpoint],
    ) -> t.Iterator[state.FetchDelta[str, TakeItDownRecord, TakeItDownCheckpoint]]:
        cursor = 0 if checkpoint is None else checkpoint.cursor
        while True:
            page = self.client.feed(self._token, after=cursor, limit=self.page_limit)
            updates: t.Dict[str, t.Optional[TakeItDownRecord]] = {}
            for event in page.events:
                oriented_ref = event.item_ref + ORIENTED_SUFFIX
                if event.action == "add":
                    updates[event.item_ref] = TakeItDownRecord.from_feed_item(event.item, event.program)
                    # None when nothing turns it: also clears one a retried page stored.
                    updates[oriented_ref] = TakeItDownRecord.oriented_from_feed_item(event.item, event.program)
                elif event.action == "remove":
                    # py-tx's merge and HMA delete these (a key never stored is skipped).
                    updates[event.item_ref] = updates[oriented_ref] = None
            advanced = page.next_cursor > cursor
            cursor = max(cursor, page.next_cursor)
            yield state.FetchDelta(updates, TakeItDownCheckpoint(cursor))  # type: ignore[arg-type]
            if not page.events or not advanced:
                return  # up to date

    @classmethod
    def naive_convert_to_signal_type(
        cls,
        signal_types: t.Sequence[t.Type[SignalType]],
        collab: TakeItDownCollabConfig,
        fetched: t.Mapping[str, TakeItDownRecord],
    ) -> t.Dict[t.Type[SignalType], t.Dict[str, TakeItDownSignalMetadata]]:
        wanted = set(signal_types)
        out: t.Dict[t.Type[SignalType], t.Dict[str, TakeItDownSignalMetadata]] = {}

        def add(s_type: t.Optional[t.Type[SignalType]], signal: str, program: str) -> None:
            if s_type is None or s_type not in wanted:
                return
            by_signal = out.setdefault(s_type, {})
            # The same picture in two cases: one entry, every programme it was sent under.
            meta = by_signal.setdefault(signal, TakeItDownSignalMetadata(set()))
            meta.programs.add(program)

        for record in fetched.values():
            if record is None or (collab.program and record.program != collab.program):
                continue  # HMA drops a record nothing is taken from
            if record.kind == "image":
                for digest, quality in record.pdq:
                    if quality >= PDQ_MIN_QUALITY:
                        add(PdqSignal, digest, record.program)
            elif record.kind == "video":
                if record.md5:
                    add(VideoMD5Signal, record.md5, record.program)
                for features in record.vpdq:
                    add(VPDQSignal, features, record.program)
        return out


def _vpdq_signal(frames: t.Sequence[t.Mapping[str, t.Any]]) -> str:
    """Frame hashes as py-tx's VPDQSignal string: a JSON list of ``hash,quality,timestamp``,
    the timestamp with three significant digits as its ``VpdqCompactFeature`` writes it
    (the same text ``core.video.threatexchange_json`` gives, without loading numpy)."""
    return json.dumps([f"{f['hash']},{int(f['quality'])},{float(f['timestamp']):.3}" for f in frames])


def _signal_types() -> t.Tuple[t.Type[SignalType], ...]:
    # PDQ and video MD5 are py-tx's own and always loaded; vPDQ only when importable.
    return (VPDQSignal,) if VPDQSignal is not None else ()


def save_token(token: str) -> str:
    """Write the feed token where ``TakeItDownCredentials`` looks for it, readable by
    its owner only; returns the file's path."""
    path = os.path.expanduser(TakeItDownCredentials.FILE_NAME)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as out:
        os.fchmod(out.fileno(), 0o600)  # an older file may have been readable by others
        out.write(token.strip() + "\n")
    return path


def _register_config_api_command() -> None:
    """Give the ``threatexchange`` command ``config api takeitdown --credentials TOKEN``.

    py-tx's CLI lists its ``config api`` subcommands by hand (one per built-in exchange)
    and has no hook for an extension's, but it imports extensions before it builds its
    argument parser, so one is added here, and only when that CLI is what is running."""
    config_cmd = sys.modules.get("threatexchange.cli.config_cmd")
    if config_cmd is None:
        return
    from threatexchange.cli import command_base

    class ConfigTakeItDownAPICommand(command_base.Command):
        """Configure the Take It Down case service feed (its token)."""

        @classmethod
        def get_name(cls) -> str:
            return API_NAME

        @classmethod
        def init_argparse(cls, settings: t.Any, ap: t.Any) -> None:
            ap.add_argument(
                "--credentials",
                metavar="FEED_TOKEN",
                help=f"store the platform's feed token in {TakeItDownCredentials.FILE_NAME} "
                f"(or set {TakeItDownCredentials.ENV_VARIABLE} instead)",
            )

        def __init__(self, credentials: t.Optional[str]) -> None:
            self.credentials = credentials

        def execute(self, settings: t.Any) -> None:
            if self.credentials is not None:
                if not self.credentials.strip():
                    raise command_base.CommandError("the feed token is empty", 2)
                self.stderr(f"Feed token saved in {save_token(self.credentials)}")

    commands = config_cmd.ConfigAPICommand._SUBCOMMANDS
    if all(c.get_name() != API_NAME for c in commands):
        config_cmd.ConfigAPICommand._SUBCOMMANDS = [*commands, ConfigTakeItDownAPICommand]


_register_config_api_command()

TX_MANIFEST = ThreatExchangeExtensionManifest(
    signal_types=_signal_types(),
    apis=(TakeItDownSignalExchangeAPI,),
)
