<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<!-- Qt's own words the catalogues Qt ships lack for this language (qtbase_it.qm).
     Written by hand (no source of ours holds them, so lupdate leaves this file alone);
     installed above Qt's catalogue, so an entry here wins and every other word is Qt's.
     A context and source must match Qt's own exactly. -->
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Cerca in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>File di &amp;tipo:</translation>
    </message>
</context>
</TS>
