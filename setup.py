"""Build configuration for the optional C extension; everything else is in pyproject.toml."""

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


class BuildExt(build_ext):
    """Compile PDQ's pixel loops with flags that keep float arithmetic exactly as written.

    A fused multiply-add or reassociated sums would change PDQ hashes, so contraction
    and fast-math are switched off explicitly for each compiler family (clang, for one,
    contracts by default).
    """

    def build_extensions(self) -> None:
        if self.compiler.compiler_type == "msvc":
            flags = ["/O2", "/fp:precise"]  # precise never contracts since VS 2022
        else:
            # GCC and clang alike; x87 extended precision is refused in the source itself.
            flags = ["-O3", "-ffp-contract=off", "-fno-fast-math"]
        for ext in self.extensions:
            ext.extra_compile_args = [*ext.extra_compile_args, *flags]
        super().build_extensions()


setup(
    ext_modules=[
        # Optional: without a C compiler the install still works and PDQ runs in numpy,
        # with the same results, only slower.
        Extension("takeitdown_desktop.core._pdqfast", ["takeitdown_desktop/core/_pdqfast.c"], optional=True)
    ],
    cmdclass={"build_ext": BuildExt},
)
