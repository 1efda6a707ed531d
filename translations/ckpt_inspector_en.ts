<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CompareSummary</name>
    <message>
        <source>Nothing to compare: neither side has tensors under its root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; same, &lt;b&gt;%2&lt;/b&gt; changed, &lt;b&gt;%3&lt;/b&gt; only in A, &lt;b&gt;%4&lt;/b&gt; only in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, &lt;b&gt;%1&lt;/b&gt; shape or dtype differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n scalar(s) differ</source>
        <translation>
            <numerusform>; %n scalar differs</numerusform>
            <numerusform>; %n scalars differ</numerusform>
        </translation>
    </message>
    <message>
        <source>No key of A matches a key of B: choose each side&apos;s root and prefix above, or Auto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scalar(s) differ (%1)</source>
        <translation>
            <numerusform>%n scalar differs (%1)</numerusform>
            <numerusform>%n scalars differ (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s) are in one file only</source>
        <translation>
            <numerusform>%n tensor is in one file only</numerusform>
            <numerusform>%n tensors are in one file only</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Same weights, different metadata:&lt;/b&gt; every tensor both files hold is identical, but %1. Is one file a copy of the other (best.pt of the last epoch)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identical: every tensor and scalar is the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsHtml</name>
    <message>
        <source>(root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contiguous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device as saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requires_grad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subclass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes used / stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at file offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (compressed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shares storage with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuilt by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, … (%1 of %2 shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensors below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameters below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>args</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source embedded in the file (shown, never run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at offsets %2, sizes %3: bytes %4..%5 (data at %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCP chunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not located (see the file&apos;s warnings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has no code for this class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TorchScript code (shown below, never run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used in the code as CONSTANTS.c%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line of the archive&apos;s code uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumPy array (numpy.ndarray %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouped by module: each key below begins with &apos;%1&apos;. Select a key to see its tensor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileFilters</name>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints of one run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>not loaded (nothing has needed it yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Checkpoint Inspector&lt;/b&gt; %1&lt;p&gt;Look inside PyTorch checkpoints without running them: nothing in a file is ever imported or executed.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (built with %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;QCustomPlot&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LibTorch&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Commit&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TensorPreview</name>
    <message>
        <source>quantized: dequantized values (scale × (stored integer − zero point))</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::AlignmentBar</name>
    <message>
        <source>(whole file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;A&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;B&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Root:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strip &amp;prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subtree of this file that is compared; its keys are taken from there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the start of this side&apos;s keys (DataParallel&apos;s module. ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align both sides as the load check finds them: each side&apos;s state_dict, and the prefix that maps B&apos;s keys onto A&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aligned automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aligned by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::CastWarnings</name>
    <message>
        <source>Reading the values the casts change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the cast tensors lose values: finite values become inf, or non-zero values become 0.</source>
        <translation>
            <numerusform>%n of the cast tensors loses values: finite values become inf, or non-zero values become 0.</numerusform>
            <numerusform>%n of the cast tensors lose values: finite values become inf, or non-zero values become 0.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No value of the %n cast tensors overflows or underflows; the largest rounding error is %1.</source>
        <translation>
            <numerusform>No value of the %n cast tensor overflows or underflows; the largest rounding error is %1.</numerusform>
            <numerusform>No value of the %n cast tensors overflows or underflows; the largest rounding error is %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max |error|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finite values that become ±inf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-zero values that become 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest |cast − value| over the values that stay finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep These in Their dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step that leaves the tensors that lose values in their dtype</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::Check</name>
    <message>
        <source>the fixes could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference does not name the model&apos;s class: &apos;%1&apos; stands in for it in PyTorch&apos;s message (--model-class NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BatchNorm sets %1 to 0: the checkpoint has no version &gt;= 2 for it in _metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load_state_dict never looks at %1 (a submodule&apos;s own name, or below a parameter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model holds a 0-d tensor, the checkpoint a 1-d one; element 0 is copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n non-string keys in the state_dict are not looked at here (load_state_dict fails on them)</source>
        <translation>
            <numerusform>%n non-string key in the state_dict is not looked at here (load_state_dict fails on it)</numerusform>
            <numerusform>%n non-string keys in the state_dict are not looked at here (load_state_dict fails on them)</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds a state_dict too (--state-dict %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TorchScript keeps every buffer, also those registered with persistent=False: %1 are only missing if the model class saves them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pickled %1 object, not a state_dict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no state_dict in the file (no dict holds tensors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ckpt convert does not rewrite TorchScript archives: no fixes are offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (DataParallel / DistributedDataParallel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (torch.compile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a wrapper&apos;s attribute, as in Lightning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>replace the key prefix %1 with %2 (%n keys then match the model)</source>
        <translation>
            <numerusform>replace the key prefix %1 with %2 (%n key then matches the model)</numerusform>
            <numerusform>replace the key prefix %1 with %2 (%n keys then match the model)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>strip the key prefix %1 (%n keys then match the model)</source>
        <translation>
            <numerusform>strip the key prefix %1 (%n key then matches the model)</numerusform>
            <numerusform>strip the key prefix %1 (%n keys then match the model)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>add the key prefix %1: the model&apos;s keys have it (%n keys then match)</source>
        <translation>
            <numerusform>add the key prefix %1: the model&apos;s keys have it (%n key then matches)</numerusform>
            <numerusform>add the key prefix %1: the model&apos;s keys have it (%n keys then match)</numerusform>
        </translation>
    </message>
    <message>
        <source>the state_dict is %1: extract it as the file&apos;s root (or load %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename &apos;%1&apos; to &apos;%2&apos;: %3 -&gt; %4 (same shapes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key of the checkpoint names one of the model&apos;s, even after the fixes above: it does not look like a checkpoint of this model, so dropping its keys is not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>drop %n key(s) the model does not have: %1</source>
        <translation>
            <numerusform>drop %n key the model does not have: %1</numerusform>
            <numerusform>drop %n keys the model does not have: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 in the checkpoint, %3 in the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop what does not fit the model (%1), then load with strict=False: the model keeps its own initialisation of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n non-tensor entries of the reference are not model keys: %1</source>
        <translation>
            <numerusform>%n non-tensor entry of the reference is not a model key: %1</numerusform>
            <numerusform>%n non-tensor entries of the reference are not model keys: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>safetensors does not keep the model&apos;s key order: lists follow the file&apos;s order, not PyTorch&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file itself</source>
        <comment>where the state_dict is</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lightning&apos;s %1</source>
        <comment>%1 is a key path such as &apos;state_dict&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the dict with the most tensors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as asked)</source>
        <comment>a state_dict path given by the user</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::CheckpointDocument</name>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::CheckpointTreeModel</name>
    <message>
        <source>(root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(encloses itself: not expanded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind or class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DType</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>module · %n tensor(s)</source>
        <translation>
            <numerusform>module · %n tensor</numerusform>
            <numerusform>module · %n tensors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ckpt::CheckpointTreeView</name>
    <message>
        <source>Copy Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Full Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand Subtree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse Subtree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop from Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Only These in Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract as New Root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the rows selected in the tree from the conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only the rows selected in the tree (with their parents) in the conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the subtree selected in the tree the root of the converted file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::CompareDock</name>
    <message>
        <source>Comparison cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no file open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose File &gt; Compare With…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: %1    B: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scalars (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scalars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a key to see A&apos;s and B&apos;s values on the same bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no finite values to count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest changes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order the tensors by their relative change instead of the model&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change per tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&apos;s and B&apos;s values of the chosen key, counted on the same bins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::Convert</name>
    <message>
        <source>the result cannot be pickled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, at %3)</source>
        <comment>a global still refused: its name, its class, where it is</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still refused by weights_only: %1; drop those subtrees or extract the state_dict in the same plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a step, then why it could not be applied</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty prefix: nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node at &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed</source>
        <comment>a rename step&apos;s outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the new root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can only cast to float16, bfloat16 or float32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rewrote %1</source>
        <comment>the weights_only rewrites: what became what</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root is not a dict: nothing dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no training state found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped %1</source>
        <comment>the keys a drop-training-state step dropped</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>what a step did; what is still wrong</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification failed: the written file does not open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification failed: the written file reads as %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification failed: the written file holds %1 tensors, expected %2 (or they differ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification failed: tensor &apos;%1&apos; reads back different bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification failed: tensor &apos;%1&apos; %2</source>
        <comment>the tensor, then why it cannot be read</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to write over the source file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to write over the source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shard %1 of %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renaming shard %1 into place failed (%2); %3 shards were replaced, the index was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification failed: the written index does not open as its %1 tensors (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no edit plan applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 folder is written as one data file: shards are written for torch and safetensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 is one file: shards are written for torch and safetensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state is nested more than %1 deep at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 key at the root: DCP names items by str(key), written only for string, int, bool and None keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 key at %2: DCP names items by str(key), written only for string, int, bool and None keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 would both be stored as &apos;%3&apos; (DCP joins a path with &apos;.&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCP saves a dict of state; this checkpoint&apos;s root is a %1 (--extract a dict in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a DCP item&apos;s name, then why it could not be written</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n empty dicts are not stored (DCP keeps leaves only): %1</source>
        <translation>
            <numerusform>%n empty dict is not stored (DCP keeps leaves only): %1</numerusform>
            <numerusform>%n empty dicts are not stored (DCP keeps leaves only): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a DCP folder has no place for metadata: %n not recorded</source>
        <comment>metadata entries</comment>
        <translation>
            <numerusform>a DCP folder has no place for metadata: %n entry not recorded</numerusform>
            <numerusform>a DCP folder has no place for metadata: %n entries not recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a DCP folder cannot hold %n tensors (quantized, meta or of a dtype torch.save storages do not name): %1</source>
        <translation>
            <numerusform>a DCP folder cannot hold %n tensor (quantized, meta or of a dtype torch.save storages do not name): %1</numerusform>
            <numerusform>a DCP folder cannot hold %n tensors (quantized, meta or of a dtype torch.save storages do not name): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>map every device -&gt; %1</source>
        <comment>a step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map %1 -&gt; %2</source>
        <comment>a step: devices</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep only regex %1</source>
        <comment>a step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep only %1</source>
        <comment>a step: glob patterns</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop regex %1</source>
        <comment>a step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop %1</source>
        <comment>a step: glob patterns</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strip key prefix &apos;%1&apos;</source>
        <comment>a step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add key prefix &apos;%1&apos;</source>
        <comment>a step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename %1 -&gt; %2</source>
        <comment>a step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extract %1 as the new root</source>
        <comment>a step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cast floating tensors to %1</source>
        <comment>a step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop training state</source>
        <comment>a step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the dtype of %1</source>
        <comment>a step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make weights-only loadable</source>
        <comment>a step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a device (cpu, cuda, cuda:N, mps, xpu:N, meta ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wants a regular expression</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wants one or more glob patterns</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular expression: %2</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes no patterns</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wants SRC=DST, got &apos;%1&apos;</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wants a device such as cpu or cuda:0</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wants a prefix</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wants PATH=KEY, got &apos;%1&apos;</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wants the path of a subtree</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wants float16, bfloat16 or float32, not &apos;%1&apos;</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a step</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wants one device, got &apos;%1&apos; (--map-location maps one to another)</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>a conversion&apos;s error: the user stopped it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kept as its class name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a numpy array was replaced by a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON list: another JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON list: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object: another JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; in the checkpoint is not a list or dict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; in the checkpoint is not a dict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is neither a JSON object nor a path in the checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no state_dict found for the package (choose one with --extract PATH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Lightning state_dict: stripped the &apos;model.&apos; prefix from %n keys</source>
        <translation>
            <numerusform>Lightning state_dict: stripped the &apos;model.&apos; prefix from %n key</numerusform>
            <numerusform>Lightning state_dict: stripped the &apos;model.&apos; prefix from %n keys</numerusform>
        </translation>
    </message>
    <message>
        <source>the source has no model config: model_config is empty (use --config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>safetensors cannot hold %n tensors (quantized, meta or packed types): %1</source>
        <translation>
            <numerusform>safetensors cannot hold %n tensor (quantized, meta or packed types): %1</numerusform>
            <numerusform>safetensors cannot hold %n tensors (quantized, meta or packed types): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>two tensors would both be called &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tensors shared a storage: each is written as its own copy</source>
        <translation>
            <numerusform>%n tensor shared a storage: it is written as its own copy</numerusform>
            <numerusform>%n tensors shared a storage: each is written as its own copy</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a shard size (a number with KB, MB, GB, TB or KiB, MiB, GiB, TiB: 5GB = 5,000,000,000 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TorchScript module cannot be re-saved for torch.load; save its tensors with --format safetensors instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: the result would reference dangerous globals (%1), which torch.load would call; the safe way out is to extract the tensors: --format safetensors, or --drop the paths that hold them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor without a storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1 storages is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor reference out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1 quantized tensors is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep the numpy arrays&apos; bytes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n storages moved to %1</source>
        <translation>
            <numerusform>%n storage moved to %1</numerusform>
            <numerusform>%n storages moved to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nodes kept</source>
        <translation>
            <numerusform>%n node kept</numerusform>
            <numerusform>%n nodes kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nodes dropped</source>
        <translation>
            <numerusform>%n node dropped</numerusform>
            <numerusform>%n nodes dropped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys renamed</source>
        <translation>
            <numerusform>%n key renamed</numerusform>
            <numerusform>%n keys renamed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n storages cast to %1</source>
        <translation>
            <numerusform>%n storage cast to %1</numerusform>
            <numerusform>%n storages cast to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tensors keep their dtype (%1 storages cast back)</source>
        <translation>
            <numerusform>%n tensor keeps its dtype (%1 storages cast back)</numerusform>
            <numerusform>%n tensors keep their dtype (%1 storages cast back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shards of at most %1 bytes each (a tensor larger than that alone in its shard)</source>
        <translation>
            <numerusform>%n shard of at most %1 bytes (a tensor larger than that alone in its shard)</numerusform>
            <numerusform>%n shards of at most %1 bytes each (a tensor larger than that alone in its shard)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keep %n selected nodes</source>
        <comment>a step</comment>
        <translation>
            <numerusform>keep %n selected node</numerusform>
            <numerusform>keep %n selected nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>drop %n selected nodes</source>
        <comment>a step</comment>
        <translation>
            <numerusform>drop %n selected node</numerusform>
            <numerusform>drop %n selected nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ckpt::ConvertDock</name>
    <message>
        <source>Convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit plan (applied in order, previewed before anything is written):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop (glob)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop (regex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only (glob)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strip key prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add key prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename (path=new key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract subtree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cast floating tensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop training state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep dtype of (glob)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open converted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a checkpoint to convert it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (saves %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensors: %1 before, %2 after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save converted checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3 tensors), %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified byte for byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified on reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading it needs torch.load(weights_only=False) for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads with torch.load(weights_only=True).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: %1. The target was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview in Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the checkpoint as the plan would write it in the main tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads with torch.load(weights_only=True) in torch &gt;= 2.0 (1.13&apos;s lacks %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the converted checkpoint?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: %1 exists and was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   or   %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing starts once the plan is applied…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make weights-only loadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify with a reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-open the written file and compare every tensor&apos;s SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (the file holds %n)</source>
        <translation>
            <numerusform>%1 (the file holds %n)</numerusform>
            <numerusform>%1 (the file holds %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floating tensors are cast; the file holds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every storage to cpu, or one device&apos;s (SRC=cpu); or type a device (cuda:0) or SRC=DST (cuda:1=cuda:0). The file holds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads with torch.distributed.checkpoint (dcp.load, or dcp_to_torch_save for one torch file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::DetailsDock</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s code/ sources, as torch.jit.save wrote them (shown, never run)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::Diff</name>
    <message>
        <source>A: %1</source>
        <comment>why checkpoint A&apos;s tensor cannot be read</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: %1</source>
        <comment>why checkpoint B&apos;s tensor cannot be read</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::DiffChart</name>
    <message>
        <source>rel L2  ‖a−b‖/‖a‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither side has tensors to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key of A matches a key of B: choose a root or a prefix above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every matched tensor is identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values to compare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::DiffModel</name>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dtype differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
max |Δ| %1, mean |Δ| %2, rel L2 %3, cosine %4
%5 of %6 elements differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DType</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max |Δ|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rel L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean |Δ|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cosine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::DiffTreeModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::DriftHeatmap</name>
    <message>
        <source>Compute Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every tensor of consecutive checkpoints and compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative change ||b − a|| / ||a|| of each tensor between consecutive checkpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log10 relative change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing consecutive checkpoints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not in both %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3 changed by %4 (relative L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s) across %1 pairs of checkpoints; hover a cell for its value.</source>
        <translation>
            <numerusform>%n tensor across %1 pairs of checkpoints; hover a cell for its value.</numerusform>
            <numerusform>%n tensors across %1 pairs of checkpoints; hover a cell for its value.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run whose consecutive checkpoints are compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this folder)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::FileFormat</name>
    <message>
        <source>Inference package (.pt + _metadata.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safetensors (tensors only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch checkpoint (torch.save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch checkpoint, legacy (torch.save before 1.6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumPy array or archive (np.save, np.savez)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python pickle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safetensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharded checkpoint index (Hugging Face)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TorchScript archive (torch.jit.save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributed checkpoint folder (torch.distributed.checkpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face Trainer checkpoint folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::FilterBar</name>
    <message>
        <source>all dtypes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter keys (a pattern with / matches the full path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the pattern is matched; always case-insensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::FindingsModel</name>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dangerous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in a part torch.load does not unpickle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(structure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::Formats</name>
    <message>
        <source>missing shards</source>
        <comment>a fact&apos;s name: the shard files an index names that are absent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file grades</source>
        <comment>a fact&apos;s name: each file of a folder with its safety grade</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opcodes 1.13&apos;s weights_only lacks</source>
        <comment>a fact&apos;s name: pickle opcodes torch 1.13&apos;s weights_only unpickler refuses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a checkpoint: it is a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a checkpoint: it is a JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a checkpoint: it is a GIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a checkpoint: it is a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a checkpoint: it is gzip data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a checkpoint: it is a 7z archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a checkpoint: it is a NumPy .npy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a checkpoint: it is an HDF5 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a checkpoint: it is a Git LFS pointer (the real file was never downloaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a checkpoint: starts with bytes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no object found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory, and not a checkpoint folder (no DCP .metadata, no Trainer trainer_state.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7z archive: not scanned (extract it and scan what it holds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its TensorProperties have no dtype we know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its size is not a torch.Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no chunk list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk is not a ChunkStorageMetadata(offsets, sizes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCP version</source>
        <comment>a fact&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (PyTorch before 2.4)</source>
        <comment>the DCP version</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read by</source>
        <comment>a fact&apos;s name: what reads the files</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCP&apos;s FileSystemReader unpickles .metadata with pickle.load (weights_only does not apply) and each item with torch.load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Metadata pickle does not parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pickle holds a %1, not a torch.distributed.checkpoint Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata has no state_dict_metadata dict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state_dict_metadata has a key that is not a string; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor %1: %2; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is a %2, not tensor or bytes metadata; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata has no storage_data dict (not written by FileSystemWriter?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a storage_data entry is not MetadataIndex -&gt; _StorageInfo; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is stored through transforms (%2 of them): not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item file &apos;%1&apos; is not a plain file name in the folder; not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes %1..%2 are outside %3 (%4 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item is not a torch.save archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item does not hold a tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item holds a tensor of shape %1, the chunk is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item holds %1, the tensor is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item holds a tensor without plain storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item&apos;s storage record is compressed or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk has %1 dimensions, the tensor %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk at %1 of size %2 reaches outside the tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunks at %1 and %2 overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunks cover %1 of its %2 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no storage_data entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor %1, chunk at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item holds no object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: its planner_data path %2 clashes with another item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <comment>a fact&apos;s name: a DCP folder&apos;s items</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor chunks</source>
        <comment>a fact&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes items</source>
        <comment>a fact&apos;s name: DCP items saved as bytes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item files</source>
        <comment>a fact&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pickle: %2</source>
        <comment>the legacy format&apos;s pickles: magic number, sys_info ...</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first pickle is not the legacy torch magic number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol version</source>
        <comment>a fact&apos;s name: the legacy format&apos;s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected legacy protocol version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object pickle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object pickle bytes</source>
        <comment>a fact&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage key list is a %1, not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file ends at byte %1 before storage &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; at byte %2 is not used by the object pickle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; at byte %2 claims %3 elements, past the end of the file (%4 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; holds %2 elements, the pickle said %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a tar archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tar member at byte %1 runs past the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persistent id %1 names no storage or tensor of the tar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storages: storage %1 has no storage type or size torch reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storages: storage %1 claims %2 elements past the member&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storages: storage %1 has a %2 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storages: the storage views are a %1, not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storages: a storage view is not (key, storage key, offset, size) of a storage the member holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage view %1 reaches past storage &apos;%2&apos;: torch.load cuts it to %3 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensors: tensor %1 ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensors: tensor %1 claims %2 dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensors: tensor %1 is not a (key, storage key, type) tuple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensors: tensor %1 names storage %2, which the storages member does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layout</source>
        <comment>a fact&apos;s name: how the file is laid out</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tar (PyTorch &lt;= 0.1.10)</source>
        <comment>a layout</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tar archive without a &apos;%1&apos; member (torch.load needs it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tar archive without a &apos;pickle&apos; member (not a torch.save file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a .npy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.npy header ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported .npy format version %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.npy header declares %1 bytes, only %2 in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.npy header has no readable &apos;descr&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.npy header has no readable &apos;shape&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npy version</source>
        <comment>a fact&apos;s name: the .npy format version</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object array</source>
        <comment>a fact&apos;s name: a .npy of dtype object</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data is a pickle</source>
        <comment>an object array</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pickles</source>
        <comment>a fact&apos;s name: how many pickles the file holds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where a warning or error is from, then what it is</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byteorder</source>
        <comment>a fact&apos;s name: the byte order of the tensor data</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>little</source>
        <comment>byte order</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>big</source>
        <comment>byte order</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: entry is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has no dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has no shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; needs data_offsets [begin, end] of non-negative integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has data_offsets that end (%2) before they begin (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; uses the packed dtype %2, shown as unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has unknown dtype &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has a shape entry that is not a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has a shape whose element count overflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has a shape whose size overflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has %2 elements of %3 bits, not a whole number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is %2 %3 (%4 bytes) but its data_offsets span %5 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too small for a safetensors header (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safetensors header claims %1 bytes, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safetensors header claims %1 bytes at byte 8, past the end of the file (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safetensors header does not start with &apos;{&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safetensors header is not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safetensors header is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header bytes</source>
        <comment>a fact&apos;s name: the safetensors JSON header&apos;s size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safetensors header has the key &apos;%1&apos; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safetensors __metadata__ is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>__metadata__ value &apos;%1&apos; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata %1</source>
        <comment>a fact&apos;s name: a __metadata__ key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safetensors data has a hole: bytes %1..%2 of the buffer belong to no tensor (before &apos;%3&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; (bytes %2..%3) overlaps tensor &apos;%4&apos; (which ends at %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; claims %2 bytes at byte %3, past the end of the file (%4 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safetensors file has %1 bytes after the last tensor, where it must end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bare pickle, not a safetensors or torch file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a safetensors or torch file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index is not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index has no weight_map object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight_map entry &apos;%1&apos; is not a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight_map entries</source>
        <comment>a fact&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shard name &apos;%1&apos; is not a plain file name; not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shard %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shard %1 lacks %2 of the %3 tensors the index lists (e.g. &apos;%4&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shards</source>
        <comment>a fact&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 present</source>
        <comment>shards</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; has unknown type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 tensor&apos;s strides reach past any storage (they overflow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 tensor reaches element %2 of storage &apos;%3&apos;, which has %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record &apos;%1&apos; holds %2 bytes, the storage needs %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; has no record in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive folder</source>
        <comment>a fact&apos;s name: a zip&apos;s top folder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records</source>
        <comment>a fact&apos;s name: a zip&apos;s members</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <comment>a fact&apos;s name: the archive&apos;s format version</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>little (no record: written by PyTorch &lt; 2.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compressed records</source>
        <comment>a fact&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip archive has no data.pkl record (not a torch.save file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated zip, torch.load refuses it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files</source>
        <comment>a fact&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other files</source>
        <comment>a fact&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file of the Trainer folder could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persistent id is not a (&apos;storage&apos;, ...) tuple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown persistent id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; has a bad element count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; declares %2 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 called with unexpected arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: size and stride are not matching integer tuples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: negative dimension %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: shape overflows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::HistogramPlot</name>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::Io</name>
    <message>
        <source>cannot open: No such file or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: got %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; appears more than once (compared as PyTorch&apos;s reader compares names, ignoring case): torch.load reads the one at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot name the written file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a symbolic link; name a new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists and is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder that holds other files (%1); write to a new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a folder in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no folder was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename the written folder into place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too small to be a zip archive (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no zip end of central directory record (not a zip, or truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip64 end record claimed at byte %1 lies past the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip64 end record at byte %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-disk (spanned) zip archives are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip64 directory lists %1 records in %2 bytes, more than the limit PyTorch&apos;s reader accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip end record counts %1 records in all but %2 on this disk (a spanned or damaged archive, which PyTorch&apos;s reader refuses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip directory lists %1 records, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip directory lists %1 records but is only %2 bytes long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip central directory claims %1 bytes at byte %2, past the end of the file (%3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip central directory entry %1 at byte %2 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip central directory entry %1 at byte %2 runs past the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; has a truncated zip64 extra field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; needs zip64 sizes but has no zip64 extra field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; has its local header at byte %2, past the end of the file (%3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; claims %2 bytes at byte %3, past the end of the file (%4 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; claims an impossible size of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; has no local header at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos;: its local header names it &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch&apos;s miniz (torch.load)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python&apos;s zipfile (numpy.load, most scanners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record &apos;%1&apos; claims %2 bytes inflated from %3, more than deflate can produce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record &apos;%1&apos; would inflate to %2 bytes; with the %3 bytes already inflated that passes the budget of %4 bytes for this %5-byte file (a decompression bomb): not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record &apos;%1&apos;: cannot start zlib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record &apos;%1&apos; inflates to more than the %2 bytes the directory says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record &apos;%1&apos; ends before its compressed data does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record &apos;%1&apos; is corrupt: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record &apos;%1&apos; inflates to %2 bytes, but the directory says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record &apos;%1&apos; lies outside the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record &apos;%1&apos; is stored but its sizes differ (%2 vs %3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record &apos;%1&apos; would inflate to %2 bytes, more than the limit of %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record &apos;%1&apos; uses unsupported compression method %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record &apos;%1&apos; fails its CRC-32 check (computed %2, directory says %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record &apos;%1&apos; cannot be read (method %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends</source>
        <comment>a truncated zip is read until</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central directory starts</source>
        <comment>a truncated zip is read until</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1 is not a record</source>
        <comment>a truncated zip is read until</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record&apos;s header is cut off</source>
        <comment>a truncated zip is read until</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record is cut off</source>
        <comment>a truncated zip is read until</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n records found by their local headers, until %2)</source>
        <translation>
            <numerusform>%1 (%n record found by its local header, until %2)</numerusform>
            <numerusform>%1 (%n records found by their local headers, until %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>writing stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record &apos;%1&apos; written after the end of the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record &apos;%1&apos; begun inside another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record &apos;%1&apos; has a negative size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record name too long: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate record &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more data than record &apos;%1&apos; announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record &apos;%1&apos; got %2 of its %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record &apos;%1&apos; was not ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last zip end record signature, at byte %1, has only %2 bytes after it (Python&apos;s zipfile: not a zip file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip central directory of %1 bytes would start before the file (Python&apos;s zipfile: bad offset for central directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip central directory is truncated at entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip record %1 needs zip version %2.%3, which Python&apos;s zipfile does not support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip record %1 is flagged UTF-8 but its name is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; has a corrupt extra field %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; has a corrupt zip64 extra field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip directory lists more than %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record &apos;%1&apos;: %2 (Python&apos;s zipfile cannot open it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no local header at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad magic number for the local header at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its local header names it &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its data overlaps the next record (possible zip bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; appears more than once: Python&apos;s zipfile reads the last, at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::LoadCheckPanel</name>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loads into %2 with strict=True.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not load into %2 with strict=True.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the fixes below it loads with strict=True.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the fixes below it loads with strict=False; the model keeps its own initialisation for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixes below do not make it load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With strict=False it fails too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With strict=False it loads; the unexpected keys are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With strict=False it loads; the model keeps its own initialisation for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(A as the conversion plan makes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s state_dict: %2 (%3 keys) · %4&apos;s keys: %5 (%6 keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TorchScript module&apos;s parameters and buffers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in the checkpoint, %3 in the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in the checkpoint, %3 in the model (cast silently)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dtype differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ckpt convert %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load_state_dict(strict=True) raises nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads into A?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads into B?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which file is the model&apos;s side: the other is loaded into it as load_state_dict would load it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix in Convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the proposed fixes into the conversion plan of the file that is loaded; Preview in Tree shows the fixed tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What model.load_state_dict(state_dict, strict=True) reports, in PyTorch&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::MainWindow</name>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Checkpoint Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (and %2 more warnings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk: reloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expanded %1 rows; expand deeper subtrees one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Checkpoint Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Convert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Full &amp;Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort in &amp;File Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Checkpoint Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the example to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Run Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot training scalars across several checkpoints of one run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Run &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the checkpoints of a training run: metrics, the best one, identical weights, curves and drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the open checkpoint&apos;s tensors with another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a conversion of the open checkpoint and write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open E&amp;xample Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the checkpoint and show the welcome page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics and histogram of the selected tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics of every tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training scalars and curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared tensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative difference of each tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare: First Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — read in part: what could be read is shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no tree could be read; the globals its pickle names are graded in Safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Checkpoints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average checkpoints (a model soup, SWA of the last epochs) or add a difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group Keys by Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a state_dict&apos;s dotted keys as a tree of modules with their totals, or one row per key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What load_state_dict reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histograms of A and B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scalars that differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::Merge</name>
    <message>
        <source>%1: missing in %2</source>
        <comment>a key of the first checkpoint, then the file without it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: shape %2 in %3, %4 in %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in %3, %4 in %5</source>
        <comment>a key, then its dtype in two files</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only in %2, not in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to write over an input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no state_dict (no dict of tensors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the checkpoints do not have the same tensors: %n keys differ (nothing was written)</source>
        <translation>
            <numerusform>the checkpoints do not have the same tensors: %n key differs (nothing was written)</numerusform>
            <numerusform>the checkpoints do not have the same tensors: %n keys differ (nothing was written)</numerusform>
        </translation>
    </message>
    <message>
        <source>merge needs at least two checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-difference takes exactly three checkpoints (A + alpha * (B - C)), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weights for %2 checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights must be finite numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weights sum to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alpha must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scratch file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scratch file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (nothing was written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipe could not be written beside it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::MergeDialog</name>
    <message>
        <source>Add checkpoints to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save merged checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the inputs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2 × (%3 − %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The uniform average of %n checkpoints</source>
        <translation>
            <numerusform>The uniform average of %n checkpoint</numerusform>
            <numerusform>The uniform average of %n checkpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The weighted average of %n checkpoints (weights %1 after normalising)</source>
        <translation>
            <numerusform>The weighted average of %n checkpoint (weights %1 after normalising)</numerusform>
            <numerusform>The weighted average of %n checkpoints (weights %1 after normalising)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n floating tensors combined in float64 and stored in their dtype</source>
        <translation>
            <numerusform>%1: %n floating tensor combined in float64 and stored in their dtype</numerusform>
            <numerusform>%1: %n floating tensors combined in float64 and stored in their dtype</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n taken from the first input (integer and bool)</source>
        <translation>
            <numerusform>, %n taken from the first input (integer and bool)</numerusform>
            <numerusform>, %n taken from the first input (integer and bool)</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: state_dict %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the merged checkpoint?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: %1 exists and was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging into %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2), verified on reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first checkpoint gives the result its dtypes and its integer tensors; in a difference it is A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average (model soup, SWA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add difference: A + alpha × (B − C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpha:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add two or more checkpoints of the same model: files, or rows selected in Runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::MessageBanner</name>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::ModelStatsTable</name>
    <message>
        <source>NaN %1 / Inf %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation as torch.std() reports it: with Bessel&apos;s correction (divided by n − 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Std</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abs max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN/Inf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::ModelStatsView</name>
    <message>
        <source>Compute statistics of all tensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>std</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abs max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor (key order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s)</source>
        <translation>
            <numerusform>%n tensor</numerusform>
            <numerusform>%n tensors</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 tensors, %3 with NaN/Inf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::PackageFields</name>
    <message>
        <source>Inference package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lass names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &amp;config:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;processing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cat, dog, bird   or   [&quot;cat&quot;, &quot;dog&quot;]   or a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names typed with commas, a JSON list, or a list in the checkpoint. Empty: class_names, classes, labels or idx_to_class from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{&quot;hidden&quot;: 256}   or a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON object, or a dict in the checkpoint. Empty: model_config, config, hyper_parameters, hparams or args from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{&quot;mean&quot;: [0.5], &quot;std&quot;: [0.5]}   or a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON object, or a dict in the checkpoint. Empty: preprocessing from the file, or its mean, std and input size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::Phrase</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>a list cut short: the first items, then how many else</comment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ckpt::Pickle</name>
    <message>
        <source>a tensor in a tree pickled without its checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a storage in a tree pickled without its checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty value in the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tree is nested more than %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pickle MARK left in the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot re-create object %1 (it was made by calling a non-global)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (opcode at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pickle ends early: needs %1 more bytes, %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pickle ends inside a text argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stack grows past %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creates more than %1 values (a memory bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stack underflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no MARK on the stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stack underflow below MARK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memo store with an empty stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memo grows past %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memo key %1 was never stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pickle builds recursive references (shown as &lt;recursive reference&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more structural oddities follow (not listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copies more than %1 container items (an expansion bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REDUCE arguments are not a tuple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls the result of %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUILD modifies the global %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUILD on a %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SETITEMS with an odd number of items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SETITEM on a %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dict grows past %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APPEND on a %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list grows past %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pickle ends without STOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 opcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOP with an empty stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARK left open at STOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported pickle protocol %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUP on an empty stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INT argument is not a number Python reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LONG argument is not a number Python reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLOAT argument is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STRING argument is not quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative BINSTRING length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declares %2 bytes, only %3 left in the pickle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: out-of-band buffers are not part of a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUT key is not a number Python reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET key is not a number Python reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STACK_GLOBAL arguments are a %1 and a %2, not strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBJ without a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown opcode 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::PreferencesDialog</name>
    <message>
        <source>Uniform (as torch.histc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exponential (TensorBoard&apos;s buckets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histogram &amp;bins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bi&amp;nning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;save format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify after writing (compare every tensor&apos;s SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent files listed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bins of a new histogram in the Statistics dock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System follows the desktop; Light and Dark use the Fusion style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cast to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dtype the Convert dock&apos;s Cast step offers first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hards:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::RunCurvesView</name>
    <message>
        <source>Open several checkpoints of one run, or a folder of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoothing (TensorBoard&apos;s exponential moving average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X axis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoothing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 at %3 in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the checkpoints in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading the metadata of %n file(s)…</source>
        <translation>
            <numerusform>Reading the metadata of %n file…</numerusform>
            <numerusform>Reading the metadata of %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trainer_state.json log entries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scalars in two or more: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (smoothed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1</source>
        <translation>
            <numerusform>%n file in %1</numerusform>
            <numerusform>%n files in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ckpt::RunTableModel</name>
    <message>
        <source>Best: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same weights as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::Runs</name>
    <message>
        <source>the run&apos;s ModelCheckpoint callback monitors it (its key names no mode: Lightning&apos;s default &apos;min&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run&apos;s ModelCheckpoint callback monitors it (mode &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/training_args.bin sets metric_for_best_model to it, greater_is_better %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/training_args.bin sets metric_for_best_model to it, greater_is_better unset (%2 for a name ending in &apos;loss&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/training_args.bin sets metric_for_best_model to it, greater_is_better unset (%2 for a name not ending in &apos;loss&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metric %1 not used: the run monitors %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metric and --mode ask for it; the run monitors none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metric asks for it (%1 for a name like a loss or error); the run monitors none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metric asks for it (%1 for a name not like a loss or error); the run monitors none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run monitors no metric and --metric was not given, so a validation loss decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no best: the run monitors no metric, --metric was not given and no checkpoint has a validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no best: %1 (%2) would decide (%3), but no checkpoint has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3; lowest of %n checkpoints with it: %4 in %5</source>
        <translation>
            <numerusform>%1 (%2): %3; %n checkpoint has it: %4 in %5</numerusform>
            <numerusform>%1 (%2): %3; lowest of %n checkpoints with it: %4 in %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3; highest of %n checkpoints with it: %4 in %5</source>
        <translation>
            <numerusform>%1 (%2): %3; %n checkpoint has it: %4 in %5</numerusform>
            <numerusform>%1 (%2): %3; highest of %n checkpoints with it: %4 in %5</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>two clauses of one sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 records the same value but holds a later checkpoint&apos;s weights</source>
        <comment>%1 names one or more checkpoints</comment>
        <translation>
            <numerusform>%1 records the same value but holds a later checkpoint&apos;s weights</numerusform>
            <numerusform>%1 record the same value but hold a later checkpoint&apos;s weights</numerusform>
        </translation>
    </message>
    <message>
        <source>the run recorded %1 as its best; it is not in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run recorded %1 as its best, but %2 has the lowest %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run recorded %1 as its best, but %2 has the highest %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: not searched (more than %n folders deep)</source>
        <translation>
            <numerusform>%1: not searched (more than %n folder deep)</numerusform>
            <numerusform>%1: not searched (more than %n folders deep)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has the same weights as %2 in another container (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the same weights as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the same weights as %2 in another container (%3, %4) though its epoch says %5: saved from model.state_dict() without a copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the same weights as %2 though its epoch says %3: saved from model.state_dict() without a copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the same weights as %2 in another container (%3, %4) though its step says %5: saved from model.state_dict() without a copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the same weights as %2 though its step says %3: saved from model.state_dict() without a copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; its weights were not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>all %n checkpoints have the same weights: did the optimizer ever step?</source>
        <translation>
            <numerusform>all %n checkpoints have the same weights: did the optimizer ever step?</numerusform>
            <numerusform>all %n checkpoints have the same weights: did the optimizer ever step?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 tensors never changed across %n checkpoints with different weights: %3 (a frozen layer, or parameters the optimizer was never given?)</source>
        <translation>
            <numerusform>%1 of %2 tensors never changed across %n checkpoint with different weights: %3 (a frozen layer, or parameters the optimizer was never given?)</numerusform>
            <numerusform>%1 of %2 tensors never changed across %n checkpoints with different weights: %3 (a frozen layer, or parameters the optimizer was never given?)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a run&apos;s folder, then a sentence about it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a folder (ckpt runs reads a folder of checkpoints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model.safetensors or pytorch_model.bin in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a checkpoint, then why it could not be read</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no checkpoints found (.pt .pth .ckpt .bin .tar .pkl .safetensors files or checkpoint-N folders, four folders deep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a tensor, then why it cannot be read</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::RunsDock</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File › Open Run Folder… lists the checkpoints of a training run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table, the best checkpoint and identical weights need a run folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the checkpoints in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average the selected checkpoints (a model soup, SWA of the last epochs) in Tools › Merge Checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::Safety</name>
    <message>
        <source>STACK_GLOBAL with arguments that are not strings hides its target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (via %2 at byte %3)</source>
        <comment>a reason, then the opcode and where it names the global</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) left on the stack after STOP</source>
        <translation>
            <numerusform>%n item left on the stack after STOP</numerusform>
            <numerusform>%n items left on the stack after STOP</numerusform>
        </translation>
    </message>
    <message>
        <source>the pickle breaks after a dangerous global: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pickle breaks after importing %1, a global outside the allow-list: torch.load would have called it before failing (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, pickle %2 at byte %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes after STOP that do not form a pickle (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 stacked pickles; the rest was not scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes after %2, which torch.load ignores (scanned for pickles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file from byte 0, as torch.load unpickles it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as %1, but its bytes are also a pickle that torch.load would unpickle (a polyglot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a TorchScript class: torch.jit.load builds it from the archive&apos;s code/ folder; torch.load cannot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a TorchScript pickle helper that torch.jit.load reads; it is not in PyTorch&apos;s weights_only allow-list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is another spelling of %2, which PyTorch never writes; weights_only accepts only %2, so torch.load needs weights_only=False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in PyTorch&apos;s weights_only allow-list: weights_only rejects torch layouts and memory formats as bare globals (torch.save writes layouts through torch.serialization._get_layout), so torch.load needs weights_only=False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in PyTorch&apos;s weights_only allow-list: importing and calling `%2` is what torch.load(weights_only=False) would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 in Python 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deny-listed by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 is deny-listed by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a reason, then who deny-lists it (in parentheses)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a pickle EXT code: copyreg&apos;s registry in the loading program chooses the target, so it cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global `%1` has an empty module or name: its target cannot be known before loading, which scanners treat as dangerous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1` is not a valid Python name: the pickle is malformed or tampered with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2; only plain-data builtins (set, int, ...) are safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 walks Python internals through `%2`, a path to eval or any module (%3 rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reaches the module %2 through attribute access; %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in PyTorch&apos;s weights_only allow-list (PyTorch 2.x; 1.13&apos;s weights_only rejects it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in PyTorch&apos;s weights_only allow-list of 1.13 (and maybe early 2.x); newer PyTorch rejects it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in PyTorch&apos;s weights_only allow-list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs a shell command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 evaluates Python code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imports any module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opens or writes files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 makes network connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loads another pickle with full trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reaches any attribute of any object (a path to eval or os.system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls another function with arguments of the file&apos;s choosing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls native code in shared libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes the running Python interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 installs packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Python builtin that is not plain data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to a module object, which no real checkpoint holds: a crafted pickle can overwrite functions PyTorch calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 walks Python internals (dunder attributes), a path to eval or any module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a target that cannot be known before loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip flag bits 0x%1 make Python&apos;s zipfile refuse this record; PyTorch reads it anyway (a trick to blind scanners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record torch.save does not write (scanned as a possible pickle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>no record</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one it cannot open</source>
        <comment>a record</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads a different data.pkl than %2: %3 instead of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 lists %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>two clauses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loaders read different records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads record &apos;%2&apos; from other bytes than %3: %4 instead of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads this zip but %2 refuses it (%3): what one loader runs, the other cannot see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (both readings are scanned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC-32 mismatch: Python&apos;s zipfile refuses this record, PyTorch reads it unchecked (a trick to blind scanners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch&apos;s weights_only</source>
        <comment>one of the lists that deny a global</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7z archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7z archive: not scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>builtins.getattr only reads members of DCP&apos;s _MEM_FORMAT_ENCODING enum (%n times): how pickle stores an Enum by name; harmless here</source>
        <translation>
            <numerusform>builtins.getattr only reads members of DCP&apos;s _MEM_FORMAT_ENCODING enum (%n time): how pickle stores an Enum by name; harmless here</numerusform>
            <numerusform>builtins.getattr only reads members of DCP&apos;s _MEM_FORMAT_ENCODING enum (%n times): how pickle stores an Enum by name; harmless here</numerusform>
        </translation>
    </message>
    <message>
        <source>object pickle</source>
        <comment>the legacy format&apos;s main pickle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <comment>where a finding is: the whole file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last storage</source>
        <comment>%1 bytes after it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object array pickle</source>
        <comment>a .npy of dtype object</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npy header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.npy header declares more data than the %1 bytes after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bare pickle, not a torch.save file: torch.load unpickles it, then fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record that may be a pickle could not be scanned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record outside the archive folder &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where a pickle is, then why it stops</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::SafetyDock</name>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checkpoint open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Do not torch.load this file.&lt;/b&gt; It references globals that can run arbitrary code. Nothing from it was run here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Suspicious structure.&lt;/b&gt; The file is damaged or crafted; what could be read is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs code.&lt;/b&gt; Importing and calling the code below is what torch.load(weights_only=False) would do; only do that for files you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ safetensors holds no code: it is not a torch.load file; load it with safetensors.torch.load_file.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Stock &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt; accepts this file.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Stock &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt; would not accept this file.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? Cannot be judged.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data you can allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs its code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dangerous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The weights_only doctor&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the lines that make torch.load(weights_only=True) accept the plain data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make weights-only loadable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the step that rewrites the plain data into plain values to the conversion plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch %1: loads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch %1: refuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Stock &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt; of torch %1 accepts this file; %2 refuses it.&lt;br&gt;&lt;small&gt;%3&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch %1: depends on the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Stock &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt; of torch %1 accepts this file; in %2 it depends on the release.&lt;br&gt;&lt;small&gt;%3&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Stock &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt; of torch %1 accepts this file; %2 refuses it; in %3 it depends on the release.&lt;br&gt;&lt;small&gt;%4&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch %1: hands it to torch.jit.load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Hostile file.&lt;/b&gt; Code that can run anything is hidden where torch.load does not read, but other loaders and tools do. Nothing from it was run here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Stock &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt; of torch %1 (its default there) refuses this file; %2 accepts it.&lt;br&gt;&lt;small&gt;%3&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::ScalarChangesView</name>
    <message>
        <source>Scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scalar differs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::ShardSizeBox</name>
    <message>
        <source>One file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Hugging Face shards of at most this size each plus their index (5GB = 5,000,000,000 bytes; MB, GiB … too), or one file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command with a key. The menus show the same keys beside their entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the filter field, move into the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected recent file (welcome page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 panel (show or hide)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::StatisticsDock</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected Tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole Model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::Stats</name>
    <message>
        <source>cannot compute: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::StatsWorker</name>
    <message>
        <source>the statistics could not be computed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::StatusFilterBar</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the keys whose status is &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::Summary</name>
    <message>
        <source>DANGEROUS: torch.load would run code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANGEROUS: code hidden where torch.load does not read but other loaders and tools do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspicious structure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safe: loads with torch.load(weights_only=True) in every torch from 1.13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>two clauses of one sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safe: loads with torch.load(weights_only=True) in torch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refuses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refuses it (its unpickler lacks %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refuse it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refuse it (its unpickler lacks %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 it depends on the release (the allow-list grew during 2.x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs code: DCP&apos;s pickle.load imports %1 (no dangerous globals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs code: importing and calling %1 is what torch.load(weights_only=False) would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs weights_only=False: opcodes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: shards missing (%1); the shards present hold nothing that needs code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safe: no code can be stored in this format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dangerous globals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs weights_only=False: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safe: every file of the folder is safetensors, JSON or loads with torch.load(weights_only=True)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: some files of the folder could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::SummaryHeader</name>
    <message>
        <source>&lt;b&gt;No checkpoint open.&lt;/b&gt; Open one with File › Open, drop a file here, or try File › Open Example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:12pt&apos;&gt;%1&lt;/b&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;%4&apos;&gt;&amp;nbsp;%2&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;%3 on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; tensors &amp;nbsp;·&amp;nbsp; &lt;b&gt;%2&lt;/b&gt; parameters &amp;nbsp;·&amp;nbsp; &lt;b&gt;%3&lt;/b&gt; used, %4 stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By dtype: %1 &amp;nbsp;&amp;nbsp;|&amp;nbsp;&amp;nbsp; By device: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANGEROUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUSPICIOUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAFE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEEDS CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp;&lt;span style=&apos;%1&apos;&gt;&amp;nbsp;Preview of the conversion: nothing written yet&amp;nbsp;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &amp;nbsp;→&amp;nbsp; after the plan: &lt;b&gt;%1&lt;/b&gt; tensors &amp;nbsp;·&amp;nbsp; &lt;b&gt;%2&lt;/b&gt; parameters &amp;nbsp;·&amp;nbsp; &lt;b&gt;%3&lt;/b&gt; used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights in fp32 %1 · fp16/bf16 %2 · int8 %3 · 4-bit %4 &amp;nbsp;&amp;nbsp;|&amp;nbsp;&amp;nbsp; Largest: %5 (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT CHECKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNREADABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;LoRA adapter&lt;/b&gt; (%1): %n modules · rank %2 · alpha %3 (%4) · scale %5</source>
        <translation>
            <numerusform>&lt;b&gt;LoRA adapter&lt;/b&gt; (%1): %n module · rank %2 · alpha %3 (%4) · scale %5</numerusform>
            <numerusform>&lt;b&gt;LoRA adapter&lt;/b&gt; (%1): %n modules · rank %2 · alpha %3 (%4) · scale %5</numerusform>
        </translation>
    </message>
    <message>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · rsLoRA (alpha / √rank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rank %2, alpha %3 (%4), scale %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more (ckpt lora lists them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a fact of the file: its name, then its value</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::Tensor</name>
    <message>
        <source>chunked %1 tensors are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its DCP chunks could not be located (see the file&apos;s warnings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a file, then why its bytes cannot be read</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk&apos;s bytes run past the end of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk&apos;s view reaches outside its storage in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 is not in the zip directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deflated record %1 is too large to inflate (%2 bytes, the limit is %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot cast %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor has no storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; is assembled from DCP chunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; is shorter than its tensors say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; is missing from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; runs past the end of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data in the file (%1 tensor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid shape or strides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a view of a DCP tensor that is not the whole tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor reaches past the end of its storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-channel quantization parameters not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-contiguous packed quantized tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many elements to read here (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::TensorStatsPanel</name>
    <message>
        <source>Log counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exponential bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bins: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorBoard&apos;s fixed buckets ±1e-12·1.1^k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the histogram as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tensor to see its statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statistics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finite values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>std as torch.std() reports it: with Bessel&apos;s correction (divided by n − 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;min %3 &amp;nbsp; max %4 &amp;nbsp; mean %5&lt;br&gt;std %6 &amp;nbsp; |mean| %7 &amp;nbsp; zeros %8 &amp;nbsp; NaN %9 &amp;nbsp; Inf %10%11&lt;br&gt;&lt;small&gt;%12&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::Training</name>
    <message>
        <source>larger than %1 MB</source>
        <comment>a trainer_state.json too large to read</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no log_history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::TrainingDock</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index in list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::TreeRows</name>
    <message>
        <source>%1 · 1 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · 1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantized %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::WeightsOnlyDoctor</name>
    <message>
        <source>the training script&apos;s command-line arguments (argparse.Namespace): plain data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one NumPy number (numpy.float64(0.5), numpy.int64(3) ...): plain data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NumPy dtype (float32, int64 ...), written with every NumPy number and array: plain data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuilds a NumPy array from its bytes: plain data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the NumPy array class, named by every pickled array: plain data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file system path (pathlib): plain data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lightning&apos;s hyper-parameter dict (AttributeDict, a dict subclass): plain data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dict with a default factory (collections.defaultdict): plain data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OmegaConf (Hydra) config container: plain data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in newer PyTorch&apos;s weights_only allow-list (1.13&apos;s lacks it): plain data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes, as Python 3 pickles them (_codecs.encode): in newer PyTorch&apos;s weights_only allow-list, 1.13&apos;s lacks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a class of the script that saved the file (__main__): a whole object such as a model, which needs its class&apos;s code to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole torch.nn module (the model object, not its state_dict): it needs its class&apos;s code to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TorchScript class: torch.jit.load builds it from the archive&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a class or function of %1 that is not on the vetted list of plain-data classes: loading it needs its code (weights_only=False)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ckpt::WelcomePage</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent files and folders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look inside PyTorch checkpoints without running them: nothing in a file is ever imported or executed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a checkpoint here to open it, or two to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files and folders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
