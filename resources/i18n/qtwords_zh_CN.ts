<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<!-- Qt's own words the catalogues Qt ships lack for this language (qtbase_zh_CN.qm).
     Written by hand (no source of ours holds them, so lupdate leaves this file alone);
     installed above Qt's catalogue, so an entry here wins and every other word is Qt's.
     A context and source must match Qt's own exactly. -->
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
</TS>
