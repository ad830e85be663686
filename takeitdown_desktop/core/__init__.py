"""Qt-free core: fingerprinting, bundles and the case client. Never imports Qt."""
