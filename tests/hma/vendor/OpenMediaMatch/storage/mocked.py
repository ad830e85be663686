# Copyright (c) Meta Platforms, Inc. and affiliates.

import typing as t

from threatexchange.content_type.photo import PhotoContent
from threatexchange.content_type.video import VideoContent
from threatexchange.exchanges.signal_exchange_api import (
    TSignalExchangeAPICls,
    TSignalExchangeAPI,
)
from threatexchange.exchanges.impl.static_sample import StaticSampleSignalExchangeAPI
from threatexchange.signal_type.index import SignalTypeIndex
from threatexchange.signal_type.pdq.signal import PdqSignal
from threatexchange.signal_type.md5 import VideoMD5Signal
from threatexchange.signal_type.signal_base import SignalType
from threatexchange.exchanges.fetch_state import (
    FetchCheckpointBase,
    CollaborationConfigBase,
    FetchedSignalMetadata,
    TUpdateRecordKey,
)

from threatexchange.storage.interfaces import (
    SignalTypeConfig,
    BankConfig,
    ContentTypeConfig,
    SignalTypeIndexBuildCheckpoint,
    SignalExchangeAPIConfig,
    FetchStatus,
    BankContentIterationItem,
)
from OpenMediaMatch.storage.interface import IFlaskUnifiedStore, BankContentConfig


class MockedUnifiedStore(IFlaskUnifiedStore):
    """
    Provides plausible default values for all store interfaces.
    """

    banks: t.Dict[str, BankConfig]

    def __init__(self) -> None:
        self.banks = {
            b.name: b for b in (BankConfig("TEST_BANK", matching_enabled_ratio=1.0),)
        }

    def is_ready(self) -> bool:
        return True

    def get_content_type_configs(self) -> t.Mapping[str, ContentTypeConfig]:
        return {
            c.get_name(): ContentTypeConfig(True, c)
            for c in (PhotoContent, VideoContent)
        }

    def get_signal_type_configs(self) -> t.Mapping[str, SignalTypeConfig]:
        # Needed to bamboozle mypy into working
        s_types: t.Sequence[t.Type[SignalType]] = (PdqSignal, VideoMD5Signal)
        return {s.get_name(): SignalTypeConfig(1.0, s) for s in s_types}

    def _create_or_update_signal_type_override(
        self, signal_type: str, enabled_ratio: float
    ) -> None:
        """Create or update database entry for a signal type, setting a new value."""
        raise Exception("Not implemented")

    # Index
    def get_signal_type_index(
        self, signal_type: t.Type[SignalType]
    ) -> t.Optional[SignalTypeIndex[int]]:
        return signal_type.get_index_cls().build(
            (example_signal, fake_id)
            for fake_id, example_signal in enumerate(
                set(signal_type.get_examples()), start=1
            )
        )

    def store_signal_type_index(
        self,
        signal_type: t.Type[SignalType],
        index: SignalTypeIndex,
        checkpoint: SignalTypeIndexBuildCheckpoint,
    ) -> None:
        raise Exception("Not implemented")

    def get_last_index_build_checkpoint(
        self, signal_type: t.Type[SignalType]
    ) -> t.Optional[SignalTypeIndexBuildCheckpoint]:
        return None

    # Exchanges
    def exchange_type_get_configs(
        self,
    ) -> t.Mapping[str, SignalExchangeAPIConfig]:
        return {
            e.get_name(): SignalExchangeAPIConfig(t.cast(TSignalExchangeAPICls, e))
            for e in (StaticSampleSignalExchangeAPI,)
        }

    def exchange_type_update(self, cfg: SignalExchangeAPIConfig) -> None:
        raise Exception("Not implemented")

    def exchange_update(
        self, cfg: CollaborationConfigBase, *, create: bool = False
    ) -> None:
        raise Exception("Not implemented")

    def exchange_delete(self, name: str) -> None:
        raise Exception("Not implemented")

    def exchanges_get(self) -> t.Dict[str, CollaborationConfigBase]:
        cfg_cls = StaticSampleSignalExchangeAPI.get_config_cls()
        return {
            c.name: c
            for c in (
                cfg_cls(
                    "c-TEST", api=StaticSampleSignalExchangeAPI.get_name(), enabled=True
                ),
            )
        }

    def exchange_get_client(
        self, collab_config: CollaborationConfigBase
    ) -> TSignalExchangeAPI:
        return self.exchange_type_get_configs()[collab_config.name].api_cls.for_collab(
            collab_config
        )

    def exchange_get_fetch_status(self, name: str) -> FetchStatus:
        return FetchStatus.get_default()

    def exchange_get_fetch_checkpoint(
        self, name: str
    ) -> t.Optional[FetchCheckpointBase]:
        return None

    def exchange_start_fetch(self, collab_name: str) -> None:
        return

    def exchange_complete_fetch(
        self, collab_name: str, *, is_up_to_date: bool, exception: bool
    ) -> None:
        return None

    def exchange_commit_fetch(
        self,
        collab: CollaborationConfigBase,
        old_checkpoint: t.Optional[FetchCheckpointBase],
        dat: t.Dict[str, t.Any],
        checkpoint: FetchCheckpointBase,
    ):
        pass

    def exchange_get_data(
        self,
        collab_name: str,
        key: TUpdateRecordKey,
    ) -> FetchedSignalMetadata:
        raise Exception("Not implemented")

    def get_banks(self) -> t.Mapping[str, BankConfig]:
        return dict(self.banks)

    def bank_update(
        self,
        bank: BankConfig,
        *,
        create: bool = False,
        rename_from: t.Optional[str] = None,
    ) -> None:
        if create:
            self.banks[bank.name] = bank
        else:
            if rename_from is not None:
                self.banks.pop(rename_from)
            self.banks[bank.name] = bank

    def bank_delete(self, name: str) -> None:
        self.banks.pop(name, None)

    def bank_content_get(self, id: t.Iterable[int]) -> t.Sequence[BankContentConfig]:
        # For the mock, just return a config
        content_configs = []
        for content_id in id:
            cfg = BankContentConfig(
                id=content_id,
                disable_until_ts=BankContentConfig.ENABLED,
                collab_metadata={},
                original_media_uri=None,
                bank=BankConfig(name="MOCK_BANK", matching_enabled_ratio=1.0),
                user_metadata=None,
                note=None,
            )
            content_configs.append(cfg)
        return content_configs

    def bank_content_get_signals(
        self, id: t.Iterable[int]
    ) -> t.Dict[int, t.Dict[str, str]]:
        # For the mock, return sample signals
        signals_dict = {}
        for content_id in id:
            signals_dict[content_id] = {
                "pdq": "facefacefacefacefacefaceface",
                "vmd5": "ecafecafecafecafecafecafecaf",
            }
        return signals_dict

    def bank_content_update(self, val: BankContentConfig) -> None:  # type: ignore[override]
        # TODO
        raise Exception("Not implemented")

    def bank_add_content(  # type: ignore[override]
        self,
        bank_name: str,
        content_signals: t.Dict[t.Type[SignalType], str],
        config: t.Optional[BankContentConfig] = None,
    ) -> int:
        # TODO
        raise Exception("Not implemented")

    def bank_remove_content(self, bank_name: str, content_id: int) -> int:
        # TODO
        raise Exception("Not implemented")

    def get_current_index_build_target(
        self, signal_type: t.Type[SignalType]
    ) -> SignalTypeIndexBuildCheckpoint:
        return SignalTypeIndexBuildCheckpoint.get_empty()

    def bank_yield_content(
        self, signal_type: t.Optional[t.Type[SignalType]] = None, batch_size: int = 100
    ) -> t.Iterator[BankContentIterationItem]:
        if signal_type in (None, PdqSignal):
            for fake_id, signal in enumerate(PdqSignal.get_examples()):
                yield BankContentIterationItem(
                    signal_type_name=PdqSignal.get_name(),
                    signal_val=signal,
                    bank_content_timestamp=1,
                    bank_content_id=fake_id,
                )
        elif signal_type in (None, VideoMD5Signal):
            for fake_id, signal in enumerate(VideoMD5Signal.get_examples()):
                yield BankContentIterationItem(
                    signal_type_name=VideoMD5Signal.get_name(),
                    signal_val=signal,
                    bank_content_timestamp=1,
                    bank_content_id=1000 + fake_id,
                )
