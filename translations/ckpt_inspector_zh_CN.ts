<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CompareSummary</name>
    <message>
        <source>Nothing to compare: neither side has tensors under its root.</source>
        <translation>没有可比较的内容：两侧的根下都没有张量。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; same, &lt;b&gt;%2&lt;/b&gt; changed, &lt;b&gt;%3&lt;/b&gt; only in A, &lt;b&gt;%4&lt;/b&gt; only in B</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 个相同，&lt;b&gt;%2&lt;/b&gt; 个已更改，&lt;b&gt;%3&lt;/b&gt; 个仅在 A 中，&lt;b&gt;%4&lt;/b&gt; 个仅在 B 中</translation>
    </message>
    <message>
        <source>, &lt;b&gt;%1&lt;/b&gt; shape or dtype differs</source>
        <translation>，&lt;b&gt;%1&lt;/b&gt; 个形状或 dtype 不同</translation>
    </message>
    <message numerus="yes">
        <source>; %n scalar(s) differ</source>
        <translation>
            <numerusform>；%n 个标量不同</numerusform>
        </translation>
    </message>
    <message>
        <source>No key of A matches a key of B: choose each side&apos;s root and prefix above, or Auto.</source>
        <translation>A 的键与 B 的键无一匹配：请在上方为每一侧选择根和前缀，或点击“自动”。</translation>
    </message>
    <message numerus="yes">
        <source>%n scalar(s) differ (%1)</source>
        <translation>
            <numerusform>%n 个标量不同（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s) are in one file only</source>
        <translation>
            <numerusform>%n 个张量仅在一个文件中</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Same weights, different metadata:&lt;/b&gt; every tensor both files hold is identical, but %1. Is one file a copy of the other (best.pt of the last epoch)?</source>
        <translation>&lt;b&gt;权重相同，元数据不同：&lt;/b&gt;两个文件共有的每个张量都完全相同，但 %1。其中一个文件是否是另一个的副本（例如最后一个 epoch 的 best.pt）？</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Identical: every tensor and scalar is the same.</source>
        <translation>完全相同：每个张量和标量都一样。</translation>
    </message>
</context>
<context>
    <name>DetailsHtml</name>
    <message>
        <source>(root)</source>
        <translation>（根）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>缓冲区</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>张量</translation>
    </message>
    <message>
        <source>dtype</source>
        <translation>dtype</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>elements</source>
        <translation>元素数</translation>
    </message>
    <message>
        <source>strides</source>
        <translation>步长 (strides)</translation>
    </message>
    <message>
        <source>contiguous</source>
        <translation>连续 (contiguous)</translation>
    </message>
    <message>
        <source>device as saved</source>
        <translation>保存时的设备</translation>
    </message>
    <message>
        <source>requires_grad</source>
        <translation>requires_grad</translation>
    </message>
    <message>
        <source>subclass</source>
        <translation>子类</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>布局 (layout)</translation>
    </message>
    <message>
        <source>quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>storage key</source>
        <translation>storage 键</translation>
    </message>
    <message>
        <source>storage offset</source>
        <translation>storage 偏移</translation>
    </message>
    <message>
        <source>%1 elements</source>
        <translation>%1 个元素</translation>
    </message>
    <message>
        <source>bytes used / stored</source>
        <translation>字节：使用 / 存储</translation>
    </message>
    <message>
        <source>at file offset</source>
        <translation>文件偏移</translation>
    </message>
    <message>
        <source> (compressed)</source>
        <translation>（已压缩）</translation>
    </message>
    <message>
        <source>in file</source>
        <translation>所在文件</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>另有 %1 个</translation>
    </message>
    <message>
        <source>shares storage with</source>
        <translation>与以下共享 storage</translation>
    </message>
    <message>
        <source>rebuilt by</source>
        <translation>重建函数</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>, … (%1 of %2 shown)</source>
        <translation>, …（共 %2 个，显示 %1 个）</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>tensors below</source>
        <translation>下属张量</translation>
    </message>
    <message>
        <source>parameters below</source>
        <translation>下属参数</translation>
    </message>
    <message>
        <source>bytes below</source>
        <translation>下属字节</translation>
    </message>
    <message>
        <source>class</source>
        <translation>类</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>args</source>
        <translation>args（参数）</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state（状态）</translation>
    </message>
    <message>
        <source>Source embedded in the file (shown, never run)</source>
        <translation>文件中嵌入的源代码（仅显示，从不运行）</translation>
    </message>
    <message>
        <source>%1 bytes: %2</source>
        <translation>%1 字节：%2</translation>
    </message>
    <message>
        <source>%1 at offsets %2, sizes %3: bytes %4..%5 (data at %6)</source>
        <translation>%1，偏移 %2，大小 %3：字节 %4..%5（数据位于 %6）</translation>
    </message>
    <message>
        <source>DCP chunks</source>
        <translation>DCP 分块</translation>
    </message>
    <message>
        <source>not located (see the file&apos;s warnings)</source>
        <translation>未找到（见该文件的警告）</translation>
    </message>
    <message>
        <source>The archive has no code for this class.</source>
        <translation>归档中没有此类的代码。</translation>
    </message>
    <message>
        <source>TorchScript code (shown below, never run)</source>
        <translation>TorchScript 代码（显示在下方，从不运行）</translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>，第 %1 行</translation>
    </message>
    <message>
        <source>Used in the code as CONSTANTS.c%1</source>
        <translation>在代码中以 CONSTANTS.c%1 使用</translation>
    </message>
    <message>
        <source>No line of the archive&apos;s code uses it.</source>
        <translation>归档代码中没有任何行使用它。</translation>
    </message>
    <message>
        <source>NumPy array (numpy.ndarray %1)</source>
        <translation>NumPy 数组（numpy.ndarray %1）</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Grouped by module: each key below begins with &apos;%1&apos;. Select a key to see its tensor.</source>
        <translation>按模块分组：下面的每个键都以 &apos;%1&apos; 开头。选择一个键以查看其张量。</translation>
    </message>
</context>
<context>
    <name>FileFilters</name>
    <message>
        <source>Checkpoints</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>Checkpoints of one run</source>
        <translation>同一次训练的检查点</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 图像 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>not loaded (nothing has needed it yet)</source>
        <translation>未加载（尚无功能需要它）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checkpoint Inspector&lt;/b&gt; %1&lt;p&gt;Look inside PyTorch checkpoints without running them: nothing in a file is ever imported or executed.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (built with %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;QCustomPlot&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LibTorch&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Commit&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;b&gt;Checkpoint Inspector&lt;/b&gt; %1&lt;p&gt;查看 PyTorch 检查点的内部而无需运行它们：文件中的任何内容都不会被导入或执行。&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2（构建时为 %3）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;QCustomPlot&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LibTorch&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;提交&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>TensorPreview</name>
    <message>
        <source>quantized: dequantized values (scale × (stored integer − zero point))</source>
        <translation>量化：反量化后的值（scale × (存储的整数 − zero point)）</translation>
    </message>
</context>
<context>
    <name>ckpt::AlignmentBar</name>
    <message>
        <source>(whole file)</source>
        <translation>（整个文件）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&lt;b&gt;A&lt;/b&gt;</source>
        <translation>&lt;b&gt;A&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;B&lt;/b&gt;</source>
        <translation>&lt;b&gt;B&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Root:</source>
        <translation>根(&amp;R)：</translation>
    </message>
    <message>
        <source>Strip &amp;prefix:</source>
        <translation>去掉前缀(&amp;P)：</translation>
    </message>
    <message>
        <source>The subtree of this file that is compared; its keys are taken from there</source>
        <translation>此文件中参与比较的子树；键从那里取得</translation>
    </message>
    <message>
        <source>Removed from the start of this side&apos;s keys (DataParallel&apos;s module. ...)</source>
        <translation>从这一侧的键开头去掉的部分（DataParallel 的 module. ...）</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Align both sides as the load check finds them: each side&apos;s state_dict, and the prefix that maps B&apos;s keys onto A&apos;s</source>
        <translation>按加载检查的结果对齐两侧：每一侧的 state_dict，以及把 B 的键映射到 A 的键上的前缀</translation>
    </message>
    <message>
        <source>aligned automatically</source>
        <translation>已自动对齐</translation>
    </message>
    <message>
        <source>aligned by hand</source>
        <translation>已手动对齐</translation>
    </message>
</context>
<context>
    <name>ckpt::CastWarnings</name>
    <message>
        <source>Reading the values the casts change…</source>
        <translation>正在读取类型转换会改变的值…</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>未读取：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n of the cast tensors lose values: finite values become inf, or non-zero values become 0.</source>
        <translation>
            <numerusform>转换的张量中有 %n 个会丢失数值：有限值变为 inf，或非零值变为 0。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No value of the %n cast tensors overflows or underflows; the largest rounding error is %1.</source>
        <translation>
            <numerusform>%n 个转换的张量中没有数值上溢或下溢；最大舍入误差为 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>张量</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>转换</translation>
    </message>
    <message>
        <source>Overflow</source>
        <translation>上溢</translation>
    </message>
    <message>
        <source>Underflow</source>
        <translation>下溢</translation>
    </message>
    <message>
        <source>Max |error|</source>
        <translation>最大 |误差|</translation>
    </message>
    <message>
        <source>Finite values that become ±inf</source>
        <translation>变为 ±inf 的有限值</translation>
    </message>
    <message>
        <source>Non-zero values that become 0</source>
        <translation>变为 0 的非零值</translation>
    </message>
    <message>
        <source>The largest |cast − value| over the values that stay finite</source>
        <translation>仍为有限值的数值中最大的 |转换后 − 原值|</translation>
    </message>
    <message>
        <source>Keep These in Their dtype</source>
        <translation>保留这些张量的 dtype</translation>
    </message>
    <message>
        <source>Add a step that leaves the tensors that lose values in their dtype</source>
        <translation>添加一个步骤，让会丢失数值的张量保持原来的 dtype</translation>
    </message>
</context>
<context>
    <name>ckpt::Check</name>
    <message>
        <source>the fixes could not be checked: %1</source>
        <translation>无法检验这些修复：%1</translation>
    </message>
    <message>
        <source>the reference does not name the model&apos;s class: &apos;%1&apos; stands in for it in PyTorch&apos;s message (--model-class NAME)</source>
        <translation>参照文件未给出模型的类名：PyTorch 消息中以 &apos;%1&apos; 代替（--model-class NAME）</translation>
    </message>
    <message>
        <source>BatchNorm sets %1 to 0: the checkpoint has no version &gt;= 2 for it in _metadata</source>
        <translation>BatchNorm 会把 %1 设为 0：检查点的 _metadata 中没有对应的版本 &gt;= 2</translation>
    </message>
    <message>
        <source>load_state_dict never looks at %1 (a submodule&apos;s own name, or below a parameter)</source>
        <translation>load_state_dict 从不查看 %1（子模块自身的名字，或位于某个参数之下）</translation>
    </message>
    <message>
        <source>%1: the model holds a 0-d tensor, the checkpoint a 1-d one; element 0 is copied</source>
        <translation>%1：模型中是 0 维张量，检查点中是 1 维张量；会复制第 0 个元素</translation>
    </message>
    <message numerus="yes">
        <source>%n non-string keys in the state_dict are not looked at here (load_state_dict fails on them)</source>
        <translation>
            <numerusform>state_dict 中 %n 个非字符串键在此不予检查（load_state_dict 会因它们失败）</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds a state_dict too (--state-dict %1)</source>
        <translation>&apos;%1&apos; 中也有一个 state_dict（--state-dict %1）</translation>
    </message>
    <message>
        <source>TorchScript keeps every buffer, also those registered with persistent=False: %1 are only missing if the model class saves them</source>
        <translation>TorchScript 会保留所有缓冲区，包括以 persistent=False 注册的：只有当模型类会保存 %1 时，它们才算缺失</translation>
    </message>
    <message>
        <source>a pickled %1 object, not a state_dict</source>
        <translation>一个 pickle 的 %1 对象，不是 state_dict</translation>
    </message>
    <message>
        <source>no state_dict in the file (no dict holds tensors)</source>
        <translation>文件中没有 state_dict（没有哪个 dict 含有张量）</translation>
    </message>
    <message>
        <source>ckpt convert does not rewrite TorchScript archives: no fixes are offered</source>
        <translation>ckpt convert 不会改写 TorchScript 归档：因此不提供修复</translation>
    </message>
    <message>
        <source>%1 (DataParallel / DistributedDataParallel)</source>
        <translation>%1（DataParallel / DistributedDataParallel）</translation>
    </message>
    <message>
        <source>%1 (torch.compile)</source>
        <translation>%1（torch.compile）</translation>
    </message>
    <message>
        <source>%1 (a wrapper&apos;s attribute, as in Lightning)</source>
        <translation>%1（包装器的属性，如 Lightning 中）</translation>
    </message>
    <message numerus="yes">
        <source>replace the key prefix %1 with %2 (%n keys then match the model)</source>
        <translation>
            <numerusform>将键前缀 %1 替换为 %2（之后有 %n 个键与模型匹配）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>strip the key prefix %1 (%n keys then match the model)</source>
        <translation>
            <numerusform>去掉键前缀 %1（之后有 %n 个键与模型匹配）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>add the key prefix %1: the model&apos;s keys have it (%n keys then match)</source>
        <translation>
            <numerusform>添加键前缀 %1：模型的键带有它（之后有 %n 个键匹配）</numerusform>
        </translation>
    </message>
    <message>
        <source>the state_dict is %1: extract it as the file&apos;s root (or load %2)</source>
        <translation>state_dict 位于 %1：将其提取为文件的根（或加载 %2）</translation>
    </message>
    <message>
        <source>rename &apos;%1&apos; to &apos;%2&apos;: %3 -&gt; %4 (same shapes)</source>
        <translation>将 &apos;%1&apos; 重命名为 &apos;%2&apos;：%3 -&gt; %4（形状相同）</translation>
    </message>
    <message>
        <source>no key of the checkpoint names one of the model&apos;s, even after the fixes above: it does not look like a checkpoint of this model, so dropping its keys is not offered</source>
        <translation>即使经过上面的修复，检查点中也没有任何键与模型的键对应：它看起来不是这个模型的检查点，因此不提供删除其键的修复</translation>
    </message>
    <message numerus="yes">
        <source>drop %n key(s) the model does not have: %1</source>
        <translation>
            <numerusform>删除模型中没有的 %n 个键：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 in the checkpoint, %3 in the model</source>
        <translation>%1 检查点中为 %2，模型中为 %3</translation>
    </message>
    <message>
        <source>%1 is not a tensor</source>
        <translation>%1 不是张量</translation>
    </message>
    <message>
        <source>drop what does not fit the model (%1), then load with strict=False: the model keeps its own initialisation of %2</source>
        <translation>删除与模型不符的部分（%1），然后以 strict=False 加载：%2 保留模型自身的初始化值</translation>
    </message>
    <message numerus="yes">
        <source>%n non-tensor entries of the reference are not model keys: %1</source>
        <translation>
            <numerusform>参照文件中 %n 个非张量条目不算模型的键：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>safetensors does not keep the model&apos;s key order: lists follow the file&apos;s order, not PyTorch&apos;s</source>
        <translation>safetensors 不保留模型的键顺序：列表按文件中的顺序排列，而不是 PyTorch 的顺序</translation>
    </message>
    <message>
        <source>the file itself</source>
        <comment>where the state_dict is</comment>
        <translation>文件本身</translation>
    </message>
    <message>
        <source>Lightning&apos;s %1</source>
        <comment>%1 is a key path such as &apos;state_dict&apos;</comment>
        <translation>Lightning 的 %1</translation>
    </message>
    <message>
        <source>%1 (the dict with the most tensors)</source>
        <translation>%1（含张量最多的 dict）</translation>
    </message>
    <message>
        <source>%1 (as asked)</source>
        <comment>a state_dict path given by the user</comment>
        <translation>%1（按指定）</translation>
    </message>
</context>
<context>
    <name>ckpt::CheckpointDocument</name>
    <message>
        <source>Add “%1”</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>移除“%1”</translation>
    </message>
</context>
<context>
    <name>ckpt::CheckpointTreeModel</name>
    <message>
        <source>(root)</source>
        <translation>（根）</translation>
    </message>
    <message>
        <source>(encloses itself: not expanded)</source>
        <translation>（包含自身：不展开）</translation>
    </message>
    <message>
        <source>%1 elements</source>
        <translation>%1 个元素</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Kind or class</source>
        <translation>种类或类</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>DType</source>
        <translation>dtype</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message numerus="yes">
        <source>module · %n tensor(s)</source>
        <translation>
            <numerusform>模块 · %n 个张量</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ckpt::CheckpointTreeView</name>
    <message>
        <source>Drop from Conversion</source>
        <translation>从转换中去除</translation>
    </message>
    <message>
        <source>Keep Only These in Conversion</source>
        <translation>转换时仅保留这些</translation>
    </message>
    <message>
        <source>Extract as New Root</source>
        <translation>提取为新的根</translation>
    </message>
    <message>
        <source>Copy Key</source>
        <translation>复制键</translation>
    </message>
    <message>
        <source>Copy Full Path</source>
        <translation>复制完整路径</translation>
    </message>
    <message>
        <source>Expand Subtree</source>
        <translation>展开子树</translation>
    </message>
    <message>
        <source>Collapse Subtree</source>
        <translation>折叠子树</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>全部折叠</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Keep Only</source>
        <translation>仅保留</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>提取</translation>
    </message>
    <message>
        <source>Drop the rows selected in the tree from the conversion</source>
        <translation>从转换中丢弃树中选中的行</translation>
    </message>
    <message>
        <source>Keep only the rows selected in the tree (with their parents) in the conversion</source>
        <translation>转换中仅保留树中选中的行（及其父节点）</translation>
    </message>
    <message>
        <source>Make the subtree selected in the tree the root of the converted file</source>
        <translation>将树中选中的子树作为转换后文件的根</translation>
    </message>
</context>
<context>
    <name>ckpt::CompareDock</name>
    <message>
        <source>Comparison cancelled.</source>
        <translation>比较已取消。</translation>
    </message>
    <message>
        <source>(no file open)</source>
        <translation>（未打开文件）</translation>
    </message>
    <message>
        <source>(choose File &gt; Compare With…)</source>
        <translation>（请选择 文件 &gt; 与其他文件比较…）</translation>
    </message>
    <message>
        <source>A: %1    B: %2</source>
        <translation>A：%1    B：%2</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Scalars (%1)</source>
        <translation>标量（%1）</translation>
    </message>
    <message>
        <source>Scalars</source>
        <translation>标量</translation>
    </message>
    <message>
        <source>Choose a key to see A&apos;s and B&apos;s values on the same bins</source>
        <translation>选择一个键，在相同的分箱上查看 A 和 B 的值</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>%1 has no finite values to count</source>
        <translation>%1 没有可计数的有限值</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Largest changes first</source>
        <translation>最大变化优先</translation>
    </message>
    <message>
        <source>Order the tensors by their relative change instead of the model&apos;s order</source>
        <translation>按相对变化而非模型中的顺序排列张量</translation>
    </message>
    <message>
        <source>Load check</source>
        <translation>加载检查</translation>
    </message>
    <message>
        <source>Change per tensor</source>
        <translation>各张量的变化</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>直方图</translation>
    </message>
    <message>
        <source>A&apos;s and B&apos;s values of the chosen key, counted on the same bins</source>
        <translation>所选键在 A 和 B 中的值，按相同的分箱计数</translation>
    </message>
</context>
<context>
    <name>ckpt::Convert</name>
    <message>
        <source>the result cannot be pickled: %1</source>
        <translation>结果无法 pickle：%1</translation>
    </message>
    <message>
        <source>%1 (%2, at %3)</source>
        <comment>a global still refused: its name, its class, where it is</comment>
        <translation>%1（%2，位于 %3）</translation>
    </message>
    <message>
        <source>still refused by weights_only: %1; drop those subtrees or extract the state_dict in the same plan</source>
        <translation>weights_only 仍会拒绝：%1；请在同一计划中删除这些子树，或提取 state_dict</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a step, then why it could not be applied</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>empty prefix: nothing to do</source>
        <translation>前缀为空：无需操作</translation>
    </message>
    <message>
        <source>no node at &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 处没有节点</translation>
    </message>
    <message>
        <source>renamed</source>
        <comment>a rename step&apos;s outcome</comment>
        <translation>已重命名</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the new root</source>
        <translation>&apos;%1&apos; 成为新的根</translation>
    </message>
    <message>
        <source>can only cast to float16, bfloat16 or float32</source>
        <translation>只能转换为 float16、bfloat16 或 float32</translation>
    </message>
    <message>
        <source>nothing to rewrite</source>
        <translation>没有需要改写的内容</translation>
    </message>
    <message>
        <source>rewrote %1</source>
        <comment>the weights_only rewrites: what became what</comment>
        <translation>已改写：%1</translation>
    </message>
    <message>
        <source>the root is not a dict: nothing dropped</source>
        <translation>根不是 dict：未删除任何内容</translation>
    </message>
    <message>
        <source>no training state found</source>
        <translation>未找到训练状态</translation>
    </message>
    <message>
        <source>dropped %1</source>
        <comment>the keys a drop-training-state step dropped</comment>
        <translation>已删除：%1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>what a step did; what is still wrong</comment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>verification failed: the written file does not open: %1</source>
        <translation>校验失败：写入的文件无法打开：%1</translation>
    </message>
    <message>
        <source>verification failed: the written file reads as %1, not %2</source>
        <translation>校验失败：写入的文件被读作 %1，而不是 %2</translation>
    </message>
    <message>
        <source>verification failed: the written file holds %1 tensors, expected %2 (or they differ)</source>
        <translation>校验失败：写入的文件包含 %1 个张量，应为 %2 个（或张量不一致）</translation>
    </message>
    <message>
        <source>verification failed: tensor &apos;%1&apos; reads back different bytes</source>
        <translation>校验失败：张量 &apos;%1&apos; 读回的字节不同</translation>
    </message>
    <message>
        <source>verification failed: tensor &apos;%1&apos; %2</source>
        <comment>the tensor, then why it cannot be read</comment>
        <translation>校验失败：张量 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <source>refusing to write over the source file %1</source>
        <translation>拒绝覆盖源文件 %1</translation>
    </message>
    <message>
        <source>refusing to write over the source file</source>
        <translation>拒绝覆盖源文件</translation>
    </message>
    <message>
        <source>shard %1 of %2 (%3): %4</source>
        <translation>第 %1 个分片（共 %2 个，%3）：%4</translation>
    </message>
    <message>
        <source>renaming shard %1 into place failed (%2); %3 shards were replaced, the index was not written</source>
        <translation>将第 %1 个分片重命名到位失败（%2）；已替换 %3 个分片，索引未写入</translation>
    </message>
    <message>
        <source>verification failed: the written index does not open as its %1 tensors (%2)</source>
        <translation>校验失败：写入的索引无法作为其 %1 个张量打开（%2）</translation>
    </message>
    <message>
        <source>no edit plan applied</source>
        <translation>未应用编辑计划</translation>
    </message>
    <message>
        <source>a %1 folder is written as one data file: shards are written for torch and safetensors</source>
        <translation>%1 文件夹写为单个数据文件：分片只适用于 torch 和 safetensors</translation>
    </message>
    <message>
        <source>a %1 is one file: shards are written for torch and safetensors</source>
        <translation>%1 是单个文件：分片只适用于 torch 和 safetensors</translation>
    </message>
    <message>
        <source>the state is nested more than %1 deep at %2</source>
        <translation>状态在 %2 处嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>a %1 key at the root: DCP names items by str(key), written only for string, int, bool and None keys</source>
        <translation>根处有一个 %1 类型的键：DCP 用 str(key) 命名条目，只写入 string、int、bool 和 None 类型的键</translation>
    </message>
    <message>
        <source>a %1 key at %2: DCP names items by str(key), written only for string, int, bool and None keys</source>
        <translation>%2 处有一个 %1 类型的键：DCP 用 str(key) 命名条目，只写入 string、int、bool 和 None 类型的键</translation>
    </message>
    <message>
        <source>%1 and %2 would both be stored as &apos;%3&apos; (DCP joins a path with &apos;.&apos;)</source>
        <translation>%1 和 %2 都会存为 &apos;%3&apos;（DCP 用 &apos;.&apos; 连接路径）</translation>
    </message>
    <message>
        <source>DCP saves a dict of state; this checkpoint&apos;s root is a %1 (--extract a dict in it)</source>
        <translation>DCP 保存的是状态 dict；此检查点的根是 %1（请用 --extract 提取其中的 dict）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a DCP item&apos;s name, then why it could not be written</comment>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n empty dicts are not stored (DCP keeps leaves only): %1</source>
        <translation>
            <numerusform>%n 个空 dict 未保存（DCP 只保存叶节点）：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a DCP folder has no place for metadata: %n not recorded</source>
        <comment>metadata entries</comment>
        <translation>
            <numerusform>DCP 文件夹没有存放元数据的位置：%n 项未记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a DCP folder cannot hold %n tensors (quantized, meta or of a dtype torch.save storages do not name): %1</source>
        <translation>
            <numerusform>DCP 文件夹无法容纳 %n 个张量（量化、meta，或 torch.save 的 storage 无法表示的 dtype）：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>map every device -&gt; %1</source>
        <comment>a step</comment>
        <translation>映射所有设备 -&gt; %1</translation>
    </message>
    <message>
        <source>map %1 -&gt; %2</source>
        <comment>a step: devices</comment>
        <translation>映射 %1 -&gt; %2</translation>
    </message>
    <message>
        <source>keep only regex %1</source>
        <comment>a step</comment>
        <translation>只保留正则 %1</translation>
    </message>
    <message>
        <source>keep only %1</source>
        <comment>a step: glob patterns</comment>
        <translation>只保留 %1</translation>
    </message>
    <message>
        <source>drop regex %1</source>
        <comment>a step</comment>
        <translation>删除正则 %1</translation>
    </message>
    <message>
        <source>drop %1</source>
        <comment>a step: glob patterns</comment>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>strip key prefix &apos;%1&apos;</source>
        <comment>a step</comment>
        <translation>去掉键前缀 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>add key prefix &apos;%1&apos;</source>
        <comment>a step</comment>
        <translation>添加键前缀 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>rename %1 -&gt; %2</source>
        <comment>a step</comment>
        <translation>重命名 %1 -&gt; %2</translation>
    </message>
    <message>
        <source>extract %1 as the new root</source>
        <comment>a step</comment>
        <translation>提取 %1 作为新的根</translation>
    </message>
    <message>
        <source>cast floating tensors to %1</source>
        <comment>a step</comment>
        <translation>将浮点张量转换为 %1</translation>
    </message>
    <message>
        <source>drop training state</source>
        <comment>a step</comment>
        <translation>删除训练状态</translation>
    </message>
    <message>
        <source>keep the dtype of %1</source>
        <comment>a step</comment>
        <translation>保留 %1 的 dtype</translation>
    </message>
    <message>
        <source>make weights-only loadable</source>
        <comment>a step</comment>
        <translation>使其可用 weights_only 加载</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a device (cpu, cuda, cuda:N, mps, xpu:N, meta ...)</source>
        <translation>&apos;%1&apos; 不是设备（cpu、cuda、cuda:N、mps、xpu:N、meta ...）</translation>
    </message>
    <message>
        <source>wants a regular expression</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation>需要一个正则表达式</translation>
    </message>
    <message>
        <source>wants one or more glob patterns</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation>需要一个或多个 glob 模式</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular expression: %2</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation>&apos;%1&apos; 不是正则表达式：%2</translation>
    </message>
    <message>
        <source>takes no patterns</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation>不接受模式</translation>
    </message>
    <message>
        <source>wants SRC=DST, got &apos;%1&apos;</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation>需要 SRC=DST，得到的是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>wants a device such as cpu or cuda:0</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation>需要一个设备，例如 cpu 或 cuda:0</translation>
    </message>
    <message>
        <source>wants a prefix</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation>需要一个前缀</translation>
    </message>
    <message>
        <source>wants PATH=KEY, got &apos;%1&apos;</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation>需要 PATH=KEY，得到的是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>wants the path of a subtree</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation>需要一个子树的路径</translation>
    </message>
    <message>
        <source>wants float16, bfloat16 or float32, not &apos;%1&apos;</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation>需要 float16、bfloat16 或 float32，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>is not a step</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation>不是一个步骤</translation>
    </message>
    <message>
        <source>wants one device, got &apos;%1&apos; (--map-location maps one to another)</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation>需要一个设备，得到的是 &apos;%1&apos;（--map-location 用于把一个设备映射到另一个）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>a conversion&apos;s error: the user stopped it</comment>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 kept as its class name</source>
        <translation>%1 保留为其类名</translation>
    </message>
    <message>
        <source>a numpy array was replaced by a description</source>
        <translation>一个 numpy 数组被替换为对它的描述</translation>
    </message>
    <message>
        <source>%1 is not a JSON list: another JSON value</source>
        <translation>%1 不是 JSON 列表，而是其他 JSON 值</translation>
    </message>
    <message>
        <source>%1 is not a JSON list: %2</source>
        <translation>%1 不是 JSON 列表：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: another JSON value</source>
        <translation>%1 不是 JSON 对象，而是其他 JSON 值</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; in the checkpoint is not a list or dict</source>
        <translation>%1：检查点中的 &apos;%2&apos; 不是列表或 dict</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; in the checkpoint is not a dict</source>
        <translation>%1：检查点中的 &apos;%2&apos; 不是 dict</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is neither a JSON object nor a path in the checkpoint</source>
        <translation>%1：&apos;%2&apos; 既不是 JSON 对象，也不是检查点中的路径</translation>
    </message>
    <message>
        <source>no state_dict found for the package (choose one with --extract PATH)</source>
        <translation>未找到可放入推理包的 state_dict（请用 --extract PATH 指定一个）</translation>
    </message>
    <message numerus="yes">
        <source>Lightning state_dict: stripped the &apos;model.&apos; prefix from %n keys</source>
        <translation>
            <numerusform>Lightning state_dict：已去掉 %n 个键的 &apos;model.&apos; 前缀</numerusform>
        </translation>
    </message>
    <message>
        <source>the source has no model config: model_config is empty (use --config)</source>
        <translation>源文件没有模型配置：model_config 为空（请使用 --config）</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>safetensors cannot hold %n tensors (quantized, meta or packed types): %1</source>
        <translation>
            <numerusform>safetensors 无法容纳 %n 个张量（量化、meta 或打包类型）：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>two tensors would both be called &apos;%1&apos;</source>
        <translation>两个张量都会被命名为 &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>%n tensors shared a storage: each is written as its own copy</source>
        <translation>
            <numerusform>%n 个张量共享 storage：每个都写成独立的副本</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a shard size (a number with KB, MB, GB, TB or KiB, MiB, GiB, TiB: 5GB = 5,000,000,000 bytes)</source>
        <translation>&apos;%1&apos; 不是分片大小（数字加 KB、MB、GB、TB 或 KiB、MiB、GiB、TiB：5GB = 5,000,000,000 字节）</translation>
    </message>
    <message>
        <source>a TorchScript module cannot be re-saved for torch.load; save its tensors with --format safetensors instead</source>
        <translation>TorchScript 模块无法重新保存为供 torch.load 读取的文件；请改用 --format safetensors 保存其张量</translation>
    </message>
    <message>
        <source>refused: the result would reference dangerous globals (%1), which torch.load would call; the safe way out is to extract the tensors: --format safetensors, or --drop the paths that hold them</source>
        <translation>已拒绝：结果会引用 torch.load 会调用的危险全局对象（%1）；安全的做法是只提取张量：使用 --format safetensors，或用 --drop 删除包含它们的路径</translation>
    </message>
    <message>
        <source>tensor without a storage</source>
        <translation>没有 storage 的张量</translation>
    </message>
    <message>
        <source>writing %1 storages is not supported</source>
        <translation>不支持写入 %1 storage</translation>
    </message>
    <message>
        <source>tensor reference out of range</source>
        <translation>张量引用超出范围</translation>
    </message>
    <message>
        <source>writing %1 quantized tensors is not supported</source>
        <translation>不支持写入 %1 量化张量</translation>
    </message>
    <message>
        <source>cannot keep the numpy arrays&apos; bytes: %1</source>
        <translation>无法保留 numpy 数组的字节：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n storages moved to %1</source>
        <translation>
            <numerusform>%n 个 storage 已移到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nodes kept</source>
        <translation>
            <numerusform>保留了 %n 个节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nodes dropped</source>
        <translation>
            <numerusform>删除了 %n 个节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys renamed</source>
        <translation>
            <numerusform>重命名了 %n 个键</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n storages cast to %1</source>
        <translation>
            <numerusform>%n 个 storage 已转换为 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tensors keep their dtype (%1 storages cast back)</source>
        <translation>
            <numerusform>%n 个张量保留其 dtype（%1 个 storage 已转换回原类型）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shards of at most %1 bytes each (a tensor larger than that alone in its shard)</source>
        <translation>
            <numerusform>%n 个分片，每个不超过 %1 字节（超过此大小的张量单独占一个分片）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keep %n selected nodes</source>
        <comment>a step</comment>
        <translation>
            <numerusform>保留 %n 个选中的节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>drop %n selected nodes</source>
        <comment>a step</comment>
        <translation>
            <numerusform>删除 %n 个选中的节点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ckpt::ConvertDock</name>
    <message>
        <source>Convert</source>
        <translation>转换</translation>
    </message>
    <message>
        <source>Edit plan (applied in order, previewed before anything is written):</source>
        <translation>编辑计划（按顺序应用，写入前先预览）：</translation>
    </message>
    <message>
        <source>Map devices</source>
        <translation>映射设备</translation>
    </message>
    <message>
        <source>Drop (glob)</source>
        <translation>去除 (glob)</translation>
    </message>
    <message>
        <source>Drop (regex)</source>
        <translation>去除（正则表达式）</translation>
    </message>
    <message>
        <source>Keep only (glob)</source>
        <translation>仅保留 (glob)</translation>
    </message>
    <message>
        <source>Strip key prefix</source>
        <translation>去掉键前缀</translation>
    </message>
    <message>
        <source>Add key prefix</source>
        <translation>添加键前缀</translation>
    </message>
    <message>
        <source>Rename (path=new key)</source>
        <translation>重命名（路径=新键）</translation>
    </message>
    <message>
        <source>Extract subtree</source>
        <translation>提取子树</translation>
    </message>
    <message>
        <source>Cast floating tensors</source>
        <translation>转换浮点张量的 dtype</translation>
    </message>
    <message>
        <source>Drop training state</source>
        <translation>去除训练状态</translation>
    </message>
    <message>
        <source>Keep dtype of (glob)</source>
        <translation>保留 dtype（glob）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Preview in Tree</source>
        <translation>在树中预览</translation>
    </message>
    <message>
        <source>Show the checkpoint as the plan would write it in the main tree</source>
        <translation>在主树中按计划写入后的样子显示检查点</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open converted file</source>
        <translation>打开转换后的文件</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>Open a checkpoint to convert it.</source>
        <translation>打开一个检查点以进行转换。</translation>
    </message>
    <message>
        <source> (saves %1)</source>
        <translation>（节省 %1）</translation>
    </message>
    <message>
        <source>Tensors: %1 before, %2 after.</source>
        <translation>张量：转换前 %1，转换后 %2。</translation>
    </message>
    <message>
        <source>Applying the plan…</source>
        <translation>正在应用计划…</translation>
    </message>
    <message>
        <source>Save converted checkpoint</source>
        <translation>保存转换后的检查点</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>替换文件</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the converted checkpoint?</source>
        <translation>%1 已存在。要用转换后的检查点替换它吗？</translation>
    </message>
    <message>
        <source>Not written: %1 exists and was kept.</source>
        <translation>未写入：%1 已存在并被保留。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3 tensors), %4.</source>
        <translation>已写入 %1（%2，%3 个张量），%4。</translation>
    </message>
    <message>
        <source>verified byte for byte</source>
        <translation>已逐字节验证</translation>
    </message>
    <message>
        <source>verified on reload</source>
        <translation>已在重新加载时验证</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Loading it needs torch.load(weights_only=False) for: %1</source>
        <translation>加载它需要 torch.load(weights_only=False)，原因：%1</translation>
    </message>
    <message>
        <source>Loads with torch.load(weights_only=True).</source>
        <translation>可用 torch.load(weights_only=True) 加载。</translation>
    </message>
    <message>
        <source>Loads with torch.load(weights_only=True) in torch &gt;= 2.0 (1.13&apos;s lacks %1).</source>
        <translation>在 torch &gt;= 2.0 中可用 torch.load(weights_only=True) 加载（1.13 缺少 %1）。</translation>
    </message>
    <message>
        <source>Not written: %1. The target was left as it was.</source>
        <translation>未写入：%1。目标文件保持原样。</translation>
    </message>
    <message>
        <source>%1   or   %2</source>
        <translation>%1   或   %2</translation>
    </message>
    <message>
        <source>Writing starts once the plan is applied…</source>
        <translation>计划应用完成后即开始写入…</translation>
    </message>
    <message>
        <source>Make weights-only loadable</source>
        <translation>使其可用 weights_only 加载</translation>
    </message>
    <message>
        <source>Verify with a reload</source>
        <translation>重新加载以验证</translation>
    </message>
    <message>
        <source>Re-open the written file and compare every tensor&apos;s SHA-256</source>
        <translation>重新打开写入的文件并比较每个张量的 SHA-256</translation>
    </message>
    <message>
        <source>Selected rows:</source>
        <translation>选中的行：</translation>
    </message>
    <message numerus="yes">
        <source>%1 (the file holds %n)</source>
        <translation>
            <numerusform>%1（文件中有 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Floating tensors are cast; the file holds %1</source>
        <translation>浮点张量将被转换；文件中有 %1</translation>
    </message>
    <message>
        <source>Every storage to cpu, or one device&apos;s (SRC=cpu); or type a device (cuda:0) or SRC=DST (cuda:1=cuda:0). The file holds %1</source>
        <translation>所有存储映射到 cpu，或某一设备的（SRC=cpu）；也可输入设备（cuda:0）或 SRC=DST（cuda:1=cuda:0）。文件中有 %1</translation>
    </message>
    <message>
        <source>Loads with torch.distributed.checkpoint (dcp.load, or dcp_to_torch_save for one torch file).</source>
        <translation>可用 torch.distributed.checkpoint 加载（dcp.load，或用 dcp_to_torch_save 转为单个 torch 文件）。</translation>
    </message>
    <message>
        <source>Shards:</source>
        <translation>分片：</translation>
    </message>
    <message>
        <source>Not written: %1.</source>
        <translation>未写入：%1。</translation>
    </message>
</context>
<context>
    <name>ckpt::DetailsDock</name>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>选择一行以查看其详细信息。</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>The archive&apos;s code/ sources, as torch.jit.save wrote them (shown, never run)</source>
        <translation>归档的 code/ 源代码，即 torch.jit.save 写入的内容（仅显示，从不运行）</translation>
    </message>
</context>
<context>
    <name>ckpt::Diff</name>
    <message>
        <source>A: %1</source>
        <comment>why checkpoint A&apos;s tensor cannot be read</comment>
        <translation>A：%1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <comment>why checkpoint B&apos;s tensor cannot be read</comment>
        <translation>B：%1</translation>
    </message>
</context>
<context>
    <name>ckpt::DiffChart</name>
    <message>
        <source>rel L2  ‖a−b‖/‖a‖</source>
        <translation>相对 L2  ‖a−b‖/‖a‖</translation>
    </message>
    <message>
        <source>Neither side has tensors to compare</source>
        <translation>两侧都没有可比较的张量</translation>
    </message>
    <message>
        <source>No key of A matches a key of B: choose a root or a prefix above</source>
        <translation>A 的键与 B 的键无一匹配：请在上方选择根或前缀</translation>
    </message>
    <message>
        <source>Every matched tensor is identical</source>
        <translation>所有匹配的张量都完全相同</translation>
    </message>
    <message>
        <source>No values to compare</source>
        <translation>没有可比较的值</translation>
    </message>
</context>
<context>
    <name>ckpt::DiffModel</name>
    <message>
        <source>same</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>仅在 A 中</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>仅在 B 中</translation>
    </message>
    <message>
        <source>shape differs</source>
        <translation>形状不同</translation>
    </message>
    <message>
        <source>dtype differs</source>
        <translation>dtype 不同</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>
max |Δ| %1, mean |Δ| %2, rel L2 %3, cosine %4
%5 of %6 elements differ</source>
        <translation>
最大 |Δ| %1，平均 |Δ| %2，相对 L2 %3，余弦 %4
%6 个元素中有 %5 个不同</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>（根）</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>DType</source>
        <translation>dtype</translation>
    </message>
    <message>
        <source>max |Δ|</source>
        <translation>最大 |Δ|</translation>
    </message>
    <message>
        <source>rel L2</source>
        <translation>相对 L2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>mean |Δ|</source>
        <translation>平均 |Δ|</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <source>differing</source>
        <translation>不同元素</translation>
    </message>
</context>
<context>
    <name>ckpt::DiffTreeModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 个%2</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
</context>
<context>
    <name>ckpt::DriftHeatmap</name>
    <message>
        <source>Compute Drift</source>
        <translation>计算漂移</translation>
    </message>
    <message>
        <source>Read every tensor of consecutive checkpoints and compare them</source>
        <translation>读取相邻检查点的每个张量并加以比较</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Relative change ||b − a|| / ||a|| of each tensor between consecutive checkpoints.</source>
        <translation>相邻检查点之间每个张量的相对变化 ||b − a|| / ||a||。</translation>
    </message>
    <message>
        <source>log10 relative change</source>
        <translation>相对变化的 log10</translation>
    </message>
    <message>
        <source>Comparing consecutive checkpoints…</source>
        <translation>正在比较相邻检查点…</translation>
    </message>
    <message>
        <source>%1: not in both %2 and %3</source>
        <translation>%1：未同时出现在 %2 和 %3 中</translation>
    </message>
    <message>
        <source>%1: %2 → %3 changed by %4 (relative L2)</source>
        <translation>%1：%2 → %3 变化 %4（相对 L2）</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s) across %1 pairs of checkpoints; hover a cell for its value.</source>
        <translation>
            <numerusform>%n 个张量，跨 %1 对检查点；将鼠标悬停在单元格上可查看其值。</numerusform>
        </translation>
    </message>
    <message>
        <source>The run whose consecutive checkpoints are compared</source>
        <translation>比较其相邻检查点的运行</translation>
    </message>
    <message>
        <source>(this folder)</source>
        <translation>（此文件夹）</translation>
    </message>
</context>
<context>
    <name>ckpt::FileFormat</name>
    <message>
        <source>Inference package (.pt + _metadata.json)</source>
        <translation>推理包 (.pt + _metadata.json)</translation>
    </message>
    <message>
        <source>safetensors (tensors only)</source>
        <translation>safetensors（仅张量）</translation>
    </message>
    <message>
        <source>PyTorch checkpoint (torch.save)</source>
        <translation>PyTorch 检查点 (torch.save)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>PyTorch checkpoint, legacy (torch.save before 1.6)</source>
        <translation>PyTorch 检查点，旧格式（1.6 之前的 torch.save）</translation>
    </message>
    <message>
        <source>NumPy array or archive (np.save, np.savez)</source>
        <translation>NumPy 数组或归档 (np.save, np.savez)</translation>
    </message>
    <message>
        <source>Python pickle</source>
        <translation>Python pickle</translation>
    </message>
    <message>
        <source>safetensors</source>
        <translation>safetensors</translation>
    </message>
    <message>
        <source>Sharded checkpoint index (Hugging Face)</source>
        <translation>分片检查点索引 (Hugging Face)</translation>
    </message>
    <message>
        <source>TorchScript archive (torch.jit.save)</source>
        <translation>TorchScript 归档 (torch.jit.save)</translation>
    </message>
    <message>
        <source>Distributed checkpoint folder (torch.distributed.checkpoint)</source>
        <translation>分布式检查点文件夹 (torch.distributed.checkpoint)</translation>
    </message>
    <message>
        <source>Hugging Face Trainer checkpoint folder</source>
        <translation>Hugging Face Trainer checkpoint 文件夹</translation>
    </message>
</context>
<context>
    <name>ckpt::FilterBar</name>
    <message>
        <source>all dtypes</source>
        <translation>所有 dtype</translation>
    </message>
    <message>
        <source>all devices</source>
        <translation>所有设备</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 个匹配</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 个匹配</translation>
    </message>
    <message>
        <source>Filter keys (a pattern with / matches the full path)</source>
        <translation>筛选键（含 / 的模式匹配完整路径）</translation>
    </message>
    <message>
        <source>Substring</source>
        <translation>子串</translation>
    </message>
    <message>
        <source>Glob</source>
        <translation>Glob</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>How the pattern is matched; always case-insensitive</source>
        <translation>模式的匹配方式；始终不区分大小写</translation>
    </message>
    <message>
        <source>invalid pattern</source>
        <translation>无效的模式</translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation>筛选键</translation>
    </message>
    <message>
        <source>Pattern kind</source>
        <translation>模式类型</translation>
    </message>
    <message>
        <source>Filter by dtype</source>
        <translation>按 dtype 筛选</translation>
    </message>
    <message>
        <source>Filter by device</source>
        <translation>按设备筛选</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配项</translation>
    </message>
</context>
<context>
    <name>ckpt::FindingsModel</name>
    <message>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>needs code</source>
        <translation>需要代码</translation>
    </message>
    <message>
        <source>dangerous</source>
        <translation>危险</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>%1 (in a part torch.load does not unpickle)</source>
        <translation>%1（位于 torch.load 不会反序列化的部分）</translation>
    </message>
    <message>
        <source>(structure)</source>
        <translation>（结构）</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>全局名</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ckpt::Formats</name>
    <message>
        <source>missing shards</source>
        <comment>a fact&apos;s name: the shard files an index names that are absent</comment>
        <translation>缺失的分片</translation>
    </message>
    <message>
        <source>file grades</source>
        <comment>a fact&apos;s name: each file of a folder with its safety grade</comment>
        <translation>各文件评级</translation>
    </message>
    <message>
        <source>opcodes 1.13&apos;s weights_only lacks</source>
        <comment>a fact&apos;s name: pickle opcodes torch 1.13&apos;s weights_only unpickler refuses</comment>
        <translation>1.13 的 weights_only 缺少的操作码</translation>
    </message>
    <message>
        <source>not a checkpoint: it is a PNG image</source>
        <translation>不是检查点：这是一张 PNG 图像</translation>
    </message>
    <message>
        <source>not a checkpoint: it is a JPEG image</source>
        <translation>不是检查点：这是一张 JPEG 图像</translation>
    </message>
    <message>
        <source>not a checkpoint: it is a GIF image</source>
        <translation>不是检查点：这是一张 GIF 图像</translation>
    </message>
    <message>
        <source>not a checkpoint: it is a PDF document</source>
        <translation>不是检查点：这是一份 PDF 文档</translation>
    </message>
    <message>
        <source>not a checkpoint: it is gzip data</source>
        <translation>不是检查点：这是 gzip 数据</translation>
    </message>
    <message>
        <source>not a checkpoint: it is a 7z archive</source>
        <translation>不是检查点：这是一个 7z 归档</translation>
    </message>
    <message>
        <source>not a checkpoint: it is a NumPy .npy file</source>
        <translation>不是检查点：这是一个 NumPy .npy 文件</translation>
    </message>
    <message>
        <source>not a checkpoint: it is an HDF5 file</source>
        <translation>不是检查点：这是一个 HDF5 文件</translation>
    </message>
    <message>
        <source>not a checkpoint: it is a Git LFS pointer (the real file was never downloaded)</source>
        <translation>不是检查点：这是一个 Git LFS 指针（真正的文件从未下载）</translation>
    </message>
    <message>
        <source>not a checkpoint: starts with bytes %1</source>
        <translation>不是检查点：以字节 %1 开头</translation>
    </message>
    <message>
        <source>no object found</source>
        <translation>未找到对象</translation>
    </message>
    <message>
        <source>is a directory, and not a checkpoint folder (no DCP .metadata, no Trainer trainer_state.json)</source>
        <translation>是一个目录，但不是检查点文件夹（没有 DCP 的 .metadata，也没有 Trainer 的 trainer_state.json）</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>7z archive: not scanned (extract it and scan what it holds)</source>
        <translation>7z 归档：未扫描（请解压后扫描其中的内容）</translation>
    </message>
    <message>
        <source>its TensorProperties have no dtype we know</source>
        <translation>其 TensorProperties 中没有已知的 dtype</translation>
    </message>
    <message>
        <source>its size is not a torch.Size</source>
        <translation>其 size 不是 torch.Size</translation>
    </message>
    <message>
        <source>it has no chunk list</source>
        <translation>它没有分块列表</translation>
    </message>
    <message>
        <source>a chunk is not a ChunkStorageMetadata(offsets, sizes)</source>
        <translation>某个分块不是 ChunkStorageMetadata(offsets, sizes)</translation>
    </message>
    <message>
        <source>DCP version</source>
        <comment>a fact&apos;s name</comment>
        <translation>DCP 版本</translation>
    </message>
    <message>
        <source>none (PyTorch before 2.4)</source>
        <comment>the DCP version</comment>
        <translation>无（PyTorch 2.4 之前）</translation>
    </message>
    <message>
        <source>read by</source>
        <comment>a fact&apos;s name: what reads the files</comment>
        <translation>读取方式</translation>
    </message>
    <message>
        <source>DCP&apos;s FileSystemReader unpickles .metadata with pickle.load (weights_only does not apply) and each item with torch.load</source>
        <translation>DCP 的 FileSystemReader 用 pickle.load 反序列化 .metadata（weights_only 不适用），用 torch.load 读取每个条目</translation>
    </message>
    <message>
        <source>the Metadata pickle does not parse: %1</source>
        <translation>Metadata pickle 无法解析：%1</translation>
    </message>
    <message>
        <source>the pickle holds a %1, not a torch.distributed.checkpoint Metadata</source>
        <translation>该 pickle 包含的是 %1，而不是 torch.distributed.checkpoint 的 Metadata</translation>
    </message>
    <message>
        <source>Metadata has no state_dict_metadata dict</source>
        <translation>Metadata 中没有 state_dict_metadata dict</translation>
    </message>
    <message>
        <source>state_dict_metadata has a key that is not a string; skipped</source>
        <translation>state_dict_metadata 中有一个不是字符串的键；已跳过</translation>
    </message>
    <message>
        <source>tensor %1: %2; skipped</source>
        <translation>张量 %1：%2；已跳过</translation>
    </message>
    <message>
        <source>item %1 is a %2, not tensor or bytes metadata; skipped</source>
        <translation>条目 %1 是 %2，不是张量或 bytes 的元数据；已跳过</translation>
    </message>
    <message>
        <source>Metadata has no storage_data dict (not written by FileSystemWriter?)</source>
        <translation>Metadata 中没有 storage_data dict（不是由 FileSystemWriter 写入的？）</translation>
    </message>
    <message>
        <source>a storage_data entry is not MetadataIndex -&gt; _StorageInfo; skipped</source>
        <translation>storage_data 中有一项不是 MetadataIndex -&gt; _StorageInfo；已跳过</translation>
    </message>
    <message>
        <source>item %1 is stored through transforms (%2 of them): not read</source>
        <translation>条目 %1 经过变换存储（共 %2 个变换）：未读取</translation>
    </message>
    <message>
        <source>item file &apos;%1&apos; is not a plain file name in the folder; not opened</source>
        <translation>条目文件 &apos;%1&apos; 不是文件夹中的普通文件名；未打开</translation>
    </message>
    <message>
        <source>bytes %1..%2 are outside %3 (%4 bytes)</source>
        <translation>字节 %1..%2 超出了 %3（%4 字节）</translation>
    </message>
    <message>
        <source>item is not a torch.save archive</source>
        <translation>条目不是 torch.save 归档</translation>
    </message>
    <message>
        <source>item does not hold a tensor</source>
        <translation>条目不包含张量</translation>
    </message>
    <message>
        <source>item holds a tensor of shape %1, the chunk is %2</source>
        <translation>条目包含形状为 %1 的张量，而分块是 %2</translation>
    </message>
    <message>
        <source>item holds %1, the tensor is %2</source>
        <translation>条目包含 %1，而张量是 %2</translation>
    </message>
    <message>
        <source>item holds a tensor without plain storage</source>
        <translation>条目包含的张量没有普通 storage</translation>
    </message>
    <message>
        <source>the item&apos;s storage record is compressed or missing</source>
        <translation>条目的 storage 记录被压缩或缺失</translation>
    </message>
    <message>
        <source>a chunk has %1 dimensions, the tensor %2</source>
        <translation>某个分块有 %1 个维度，而张量有 %2 个</translation>
    </message>
    <message>
        <source>chunk at %1 of size %2 reaches outside the tensor</source>
        <translation>位于 %1、大小为 %2 的分块超出了张量范围</translation>
    </message>
    <message>
        <source>chunks at %1 and %2 overlap</source>
        <translation>位于 %1 和 %2 的分块重叠</translation>
    </message>
    <message>
        <source>chunks cover %1 of its %2 elements</source>
        <translation>分块只覆盖了其 %2 个元素中的 %1 个</translation>
    </message>
    <message>
        <source>no storage_data entry</source>
        <translation>没有 storage_data 条目</translation>
    </message>
    <message>
        <source>tensor %1, chunk at %2: %3</source>
        <translation>张量 %1，位于 %2 的分块：%3</translation>
    </message>
    <message>
        <source>tensor %1: %2</source>
        <translation>张量 %1：%2</translation>
    </message>
    <message>
        <source>item holds no object</source>
        <translation>条目不包含对象</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>条目 %1：%2</translation>
    </message>
    <message>
        <source>item %1: its planner_data path %2 clashes with another item</source>
        <translation>条目 %1：其 planner_data 路径 %2 与另一个条目冲突</translation>
    </message>
    <message>
        <source>items</source>
        <comment>a fact&apos;s name: a DCP folder&apos;s items</comment>
        <translation>条目数</translation>
    </message>
    <message>
        <source>tensor chunks</source>
        <comment>a fact&apos;s name</comment>
        <translation>张量分块数</translation>
    </message>
    <message>
        <source>bytes items</source>
        <comment>a fact&apos;s name: DCP items saved as bytes</comment>
        <translation>bytes 条目数</translation>
    </message>
    <message>
        <source>item files</source>
        <comment>a fact&apos;s name</comment>
        <translation>条目文件数</translation>
    </message>
    <message>
        <source>%1 pickle: %2</source>
        <comment>the legacy format&apos;s pickles: magic number, sys_info ...</comment>
        <translation>%1 pickle：%2</translation>
    </message>
    <message>
        <source>first pickle is not the legacy torch magic number</source>
        <translation>第一个 pickle 不是旧版 torch 格式的魔数</translation>
    </message>
    <message>
        <source>protocol version</source>
        <comment>a fact&apos;s name: the legacy format&apos;s</comment>
        <translation>协议版本</translation>
    </message>
    <message>
        <source>unexpected legacy protocol version %1</source>
        <translation>意外的旧格式协议版本 %1</translation>
    </message>
    <message>
        <source>object pickle: %1</source>
        <translation>对象 pickle：%1</translation>
    </message>
    <message>
        <source>object pickle bytes</source>
        <comment>a fact&apos;s name</comment>
        <translation>对象 pickle 字节数</translation>
    </message>
    <message>
        <source>storage key list is a %1, not a list</source>
        <translation>storage 键列表是 %1，不是列表</translation>
    </message>
    <message>
        <source>file ends at byte %1 before storage &apos;%2&apos;</source>
        <translation>文件在字节 %1 处结束，位于 storage &apos;%2&apos; 之前</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; at byte %2 is not used by the object pickle</source>
        <translation>字节 %2 处的 storage &apos;%1&apos; 未被对象 pickle 使用</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; at byte %2 claims %3 elements, past the end of the file (%4 bytes)</source>
        <translation>字节 %2 处的 storage &apos;%1&apos; 声明有 %3 个元素，超出了文件末尾（%4 字节）</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; holds %2 elements, the pickle said %3</source>
        <translation>storage &apos;%1&apos; 包含 %2 个元素，而 pickle 中写的是 %3</translation>
    </message>
    <message>
        <source>not a tar archive</source>
        <translation>不是 tar 归档</translation>
    </message>
    <message>
        <source>tar member at byte %1 runs past the end of the file</source>
        <translation>字节 %1 处的 tar 成员超出了文件末尾</translation>
    </message>
    <message>
        <source>persistent id %1 names no storage or tensor of the tar</source>
        <translation>persistent id %1 不对应 tar 中的任何 storage 或张量</translation>
    </message>
    <message>
        <source>storages: storage %1 has no storage type or size torch reads</source>
        <translation>storages：storage %1 没有 torch 能读取的 storage 类型或大小</translation>
    </message>
    <message>
        <source>storages: storage %1 claims %2 elements past the member&apos;s end</source>
        <translation>storages：storage %1 声明的 %2 个元素超出了成员末尾</translation>
    </message>
    <message>
        <source>storages: storage %1 has a %2 key</source>
        <translation>storages：storage %1 的键是 %2 类型</translation>
    </message>
    <message>
        <source>storages: the storage views are a %1, not a list</source>
        <translation>storages：storage 视图是 %1，不是列表</translation>
    </message>
    <message>
        <source>storages: a storage view is not (key, storage key, offset, size) of a storage the member holds</source>
        <translation>storages：某个 storage 视图不是该成员所含 storage 的 (key, storage key, offset, size)</translation>
    </message>
    <message>
        <source>storage view %1 reaches past storage &apos;%2&apos;: torch.load cuts it to %3 elements</source>
        <translation>storage 视图 %1 超出了 storage &apos;%2&apos;：torch.load 会把它截断为 %3 个元素</translation>
    </message>
    <message>
        <source>tensors: tensor %1 ends early</source>
        <translation>tensors：张量 %1 提前结束</translation>
    </message>
    <message>
        <source>tensors: tensor %1 claims %2 dimensions</source>
        <translation>tensors：张量 %1 声明有 %2 个维度</translation>
    </message>
    <message>
        <source>tensors: tensor %1 is not a (key, storage key, type) tuple</source>
        <translation>tensors：张量 %1 不是 (key, storage key, type) 元组</translation>
    </message>
    <message>
        <source>tensors: tensor %1 names storage %2, which the storages member does not hold</source>
        <translation>tensors：张量 %1 引用的 storage %2 不在 storages 成员中</translation>
    </message>
    <message>
        <source>layout</source>
        <comment>a fact&apos;s name: how the file is laid out</comment>
        <translation>布局</translation>
    </message>
    <message>
        <source>tar (PyTorch &lt;= 0.1.10)</source>
        <comment>a layout</comment>
        <translation>tar（PyTorch &lt;= 0.1.10）</translation>
    </message>
    <message>
        <source>tar archive without a &apos;%1&apos; member (torch.load needs it)</source>
        <translation>tar 归档缺少 &apos;%1&apos; 成员（torch.load 需要它）</translation>
    </message>
    <message>
        <source>tar archive without a &apos;pickle&apos; member (not a torch.save file)</source>
        <translation>tar 归档缺少 &apos;pickle&apos; 成员（不是 torch.save 文件）</translation>
    </message>
    <message>
        <source>not a .npy file</source>
        <translation>不是 .npy 文件</translation>
    </message>
    <message>
        <source>.npy header ends early</source>
        <translation>.npy 头部提前结束</translation>
    </message>
    <message>
        <source>unsupported .npy format version %1.%2</source>
        <translation>不支持的 .npy 格式版本 %1.%2</translation>
    </message>
    <message>
        <source>.npy header declares %1 bytes, only %2 in the file</source>
        <translation>.npy 头部声明了 %1 字节，但文件中只有 %2 字节</translation>
    </message>
    <message>
        <source>.npy header has no readable &apos;descr&apos;</source>
        <translation>.npy 头部没有可读的 &apos;descr&apos;</translation>
    </message>
    <message>
        <source>.npy header has no readable &apos;shape&apos;</source>
        <translation>.npy 头部没有可读的 &apos;shape&apos;</translation>
    </message>
    <message>
        <source>npy version</source>
        <comment>a fact&apos;s name: the .npy format version</comment>
        <translation>npy 版本</translation>
    </message>
    <message>
        <source>object array</source>
        <comment>a fact&apos;s name: a .npy of dtype object</comment>
        <translation>对象数组</translation>
    </message>
    <message>
        <source>the data is a pickle</source>
        <comment>an object array</comment>
        <translation>数据是一个 pickle</translation>
    </message>
    <message>
        <source>pickles</source>
        <comment>a fact&apos;s name: how many pickles the file holds</comment>
        <translation>pickle 数</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where a warning or error is from, then what it is</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>byteorder</source>
        <comment>a fact&apos;s name: the byte order of the tensor data</comment>
        <translation>字节序</translation>
    </message>
    <message>
        <source>little</source>
        <comment>byte order</comment>
        <translation>小端</translation>
    </message>
    <message>
        <source>big</source>
        <comment>byte order</comment>
        <translation>大端</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: entry is not a JSON object</source>
        <translation>张量 &apos;%1&apos;：条目不是 JSON 对象</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has no dtype</source>
        <translation>张量 &apos;%1&apos; 没有 dtype</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has no shape</source>
        <translation>张量 &apos;%1&apos; 没有 shape</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; needs data_offsets [begin, end] of non-negative integers</source>
        <translation>张量 &apos;%1&apos; 需要由非负整数组成的 data_offsets [begin, end]</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has data_offsets that end (%2) before they begin (%3)</source>
        <translation>张量 &apos;%1&apos; 的 data_offsets 结束位置（%2）在起始位置（%3）之前</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; uses the packed dtype %2, shown as unknown</source>
        <translation>张量 &apos;%1&apos; 使用打包 dtype %2，显示为未知</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has unknown dtype &apos;%2&apos;</source>
        <translation>张量 &apos;%1&apos; 的 dtype &apos;%2&apos; 未知</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has a shape entry that is not a non-negative integer</source>
        <translation>张量 &apos;%1&apos; 的 shape 中有一项不是非负整数</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has a shape whose element count overflows</source>
        <translation>张量 &apos;%1&apos; 的 shape 元素个数溢出</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has a shape whose size overflows</source>
        <translation>张量 &apos;%1&apos; 的 shape 大小溢出</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has %2 elements of %3 bits, not a whole number of bytes</source>
        <translation>张量 &apos;%1&apos; 有 %2 个 %3 位的元素，不是整数个字节</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is %2 %3 (%4 bytes) but its data_offsets span %5 bytes</source>
        <translation>张量 &apos;%1&apos; 是 %2 %3（%4 字节），但其 data_offsets 跨越 %5 字节</translation>
    </message>
    <message>
        <source>too small for a safetensors header (%1 bytes)</source>
        <translation>文件太小，放不下 safetensors 头部（%1 字节）</translation>
    </message>
    <message>
        <source>safetensors header claims %1 bytes, more than the limit of %2</source>
        <translation>safetensors 头部声明了 %1 字节，超过上限 %2</translation>
    </message>
    <message>
        <source>safetensors header claims %1 bytes at byte 8, past the end of the file (%2 bytes)</source>
        <translation>safetensors 头部在字节 8 处声明了 %1 字节，超出文件末尾（%2 字节）</translation>
    </message>
    <message>
        <source>safetensors header does not start with &apos;{&apos;</source>
        <translation>safetensors 头部不是以 &apos;{&apos; 开头</translation>
    </message>
    <message>
        <source>safetensors header is not valid JSON: %1 at byte %2</source>
        <translation>safetensors 头部不是有效的 JSON：字节 %2 处 %1</translation>
    </message>
    <message>
        <source>safetensors header is not a JSON object</source>
        <translation>safetensors 头部不是 JSON 对象</translation>
    </message>
    <message>
        <source>header bytes</source>
        <comment>a fact&apos;s name: the safetensors JSON header&apos;s size</comment>
        <translation>头部字节数</translation>
    </message>
    <message>
        <source>safetensors header has the key &apos;%1&apos; twice</source>
        <translation>safetensors 头部中键 &apos;%1&apos; 出现了两次</translation>
    </message>
    <message>
        <source>safetensors __metadata__ is not a JSON object</source>
        <translation>safetensors 的 __metadata__ 不是 JSON 对象</translation>
    </message>
    <message>
        <source>__metadata__ value &apos;%1&apos; is not a string</source>
        <translation>__metadata__ 中的值 &apos;%1&apos; 不是字符串</translation>
    </message>
    <message>
        <source>metadata %1</source>
        <comment>a fact&apos;s name: a __metadata__ key</comment>
        <translation>元数据 %1</translation>
    </message>
    <message>
        <source>safetensors data has a hole: bytes %1..%2 of the buffer belong to no tensor (before &apos;%3&apos;)</source>
        <translation>safetensors 数据有空洞：缓冲区的字节 %1..%2 不属于任何张量（在 &apos;%3&apos; 之前）</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; (bytes %2..%3) overlaps tensor &apos;%4&apos; (which ends at %5)</source>
        <translation>张量 &apos;%1&apos;（字节 %2..%3）与张量 &apos;%4&apos;（结束于 %5）重叠</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; claims %2 bytes at byte %3, past the end of the file (%4 bytes)</source>
        <translation>张量 &apos;%1&apos; 在字节 %3 处声明了 %2 字节，超出文件末尾（%4 字节）</translation>
    </message>
    <message>
        <source>safetensors file has %1 bytes after the last tensor, where it must end</source>
        <translation>safetensors 文件在最后一个张量之后还有 %1 字节，而文件应在此结束</translation>
    </message>
    <message>
        <source>a bare pickle, not a safetensors or torch file</source>
        <translation>裸 pickle，不是 safetensors 或 torch 文件</translation>
    </message>
    <message>
        <source>not a safetensors or torch file</source>
        <translation>不是 safetensors 或 torch 文件</translation>
    </message>
    <message>
        <source>index is not valid JSON: %1 at byte %2</source>
        <translation>索引不是有效的 JSON：字节 %2 处 %1</translation>
    </message>
    <message>
        <source>index is not a JSON object</source>
        <translation>索引不是 JSON 对象</translation>
    </message>
    <message>
        <source>index has no weight_map object</source>
        <translation>索引中没有 weight_map 对象</translation>
    </message>
    <message>
        <source>weight_map entry &apos;%1&apos; is not a file name</source>
        <translation>weight_map 条目 &apos;%1&apos; 不是文件名</translation>
    </message>
    <message>
        <source>weight_map entries</source>
        <comment>a fact&apos;s name</comment>
        <translation>weight_map 条目数</translation>
    </message>
    <message>
        <source>shard name &apos;%1&apos; is not a plain file name; not opened</source>
        <translation>分片名称 &apos;%1&apos; 不是普通文件名；未打开</translation>
    </message>
    <message>
        <source>shard %1 is missing</source>
        <translation>分片 %1 缺失</translation>
    </message>
    <message>
        <source>shard %1</source>
        <translation>分片 %1</translation>
    </message>
    <message>
        <source>shard %1 lacks %2 of the %3 tensors the index lists (e.g. &apos;%4&apos;)</source>
        <translation>分片 %1 缺少索引列出的 %3 个张量中的 %2 个（例如 &apos;%4&apos;）</translation>
    </message>
    <message>
        <source>shards</source>
        <comment>a fact&apos;s name</comment>
        <translation>分片</translation>
    </message>
    <message>
        <source>%1 of %2 present</source>
        <comment>shards</comment>
        <translation>%2 个中有 %1 个存在</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; has unknown type %2</source>
        <translation>storage &apos;%1&apos; 的类型 %2 未知</translation>
    </message>
    <message>
        <source>a %1 tensor&apos;s strides reach past any storage (they overflow)</source>
        <translation>一个 %1 张量的 strides 超出了任何 storage（发生溢出）</translation>
    </message>
    <message>
        <source>a %1 tensor reaches element %2 of storage &apos;%3&apos;, which has %4</source>
        <translation>一个 %1 张量访问到 storage &apos;%3&apos; 的第 %2 个元素，而该 storage 只有 %4 个元素</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; holds %2 bytes, the storage needs %3</source>
        <translation>记录 &apos;%1&apos; 有 %2 字节，而 storage 需要 %3 字节</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; has no record in the archive</source>
        <translation>storage &apos;%1&apos; 在归档中没有记录</translation>
    </message>
    <message>
        <source>record &apos;%1&apos;: %2</source>
        <translation>记录 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <source>archive folder</source>
        <comment>a fact&apos;s name: a zip&apos;s top folder</comment>
        <translation>归档文件夹</translation>
    </message>
    <message>
        <source>records</source>
        <comment>a fact&apos;s name: a zip&apos;s members</comment>
        <translation>记录数</translation>
    </message>
    <message>
        <source>version</source>
        <comment>a fact&apos;s name: the archive&apos;s format version</comment>
        <translation>版本</translation>
    </message>
    <message>
        <source>little (no record: written by PyTorch &lt; 2.1)</source>
        <translation>小端（无记录：由 PyTorch &lt; 2.1 写入）</translation>
    </message>
    <message>
        <source>compressed records</source>
        <comment>a fact&apos;s name</comment>
        <translation>压缩记录数</translation>
    </message>
    <message>
        <source>zip archive has no data.pkl record (not a torch.save file)</source>
        <translation>zip 归档中没有 data.pkl 记录（不是 torch.save 文件）</translation>
    </message>
    <message>
        <source>truncated zip, torch.load refuses it: %1</source>
        <translation>zip 被截断，torch.load 会拒绝它：%1</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>不是有效的 JSON：字节 %2 处 %1</translation>
    </message>
    <message>
        <source>files</source>
        <comment>a fact&apos;s name</comment>
        <translation>文件</translation>
    </message>
    <message>
        <source>other files</source>
        <comment>a fact&apos;s name</comment>
        <translation>其他文件</translation>
    </message>
    <message>
        <source>no file of the Trainer folder could be read</source>
        <translation>Trainer 文件夹中没有可读取的文件</translation>
    </message>
    <message>
        <source>persistent id is not a (&apos;storage&apos;, ...) tuple</source>
        <translation>persistent id 不是 (&apos;storage&apos;, ...) 元组</translation>
    </message>
    <message>
        <source>unknown persistent id &apos;%1&apos;</source>
        <translation>未知的 persistent id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; has a bad element count</source>
        <translation>storage &apos;%1&apos; 的元素个数无效</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; declares %2 elements</source>
        <translation>storage &apos;%1&apos; 声明了 %2 个元素</translation>
    </message>
    <message>
        <source>%1 called with unexpected arguments</source>
        <translation>%1 的调用参数不符合预期</translation>
    </message>
    <message>
        <source>%1: size and stride are not matching integer tuples</source>
        <translation>%1：size 和 stride 不是相互匹配的整数元组</translation>
    </message>
    <message>
        <source>%1: negative dimension %2</source>
        <translation>%1：维度 %2 为负</translation>
    </message>
    <message>
        <source>%1: shape overflows</source>
        <translation>%1：shape 溢出</translation>
    </message>
</context>
<context>
    <name>ckpt::HistogramPlot</name>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>count</source>
        <translation>计数</translation>
    </message>
</context>
<context>
    <name>ckpt::Io</name>
    <message>
        <source>cannot open: No such file or directory</source>
        <translation>无法打开：没有那个文件或目录</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>是一个目录</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>cannot read: got %1 of %2 bytes</source>
        <translation>无法读取：只读到 %2 字节中的 %1 字节</translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; appears more than once (compared as PyTorch&apos;s reader compares names, ignoring case): torch.load reads the one at byte %2</source>
        <translation>zip 记录 &apos;%1&apos; 出现了多次（按 PyTorch 读取器的方式比较名称，不区分大小写）：torch.load 读取位于字节 %2 的那一个</translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>是一个文件夹</translation>
    </message>
    <message>
        <source>cannot create a file in %1: %2</source>
        <translation>无法在 %1 中创建文件：%2</translation>
    </message>
    <message>
        <source>cannot write: out of memory</source>
        <translation>无法写入：内存不足</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>cannot name the written file: %1</source>
        <translation>无法为写入的文件命名：%1</translation>
    </message>
    <message>
        <source>cannot replace the target: %1</source>
        <translation>无法替换目标：%1</translation>
    </message>
    <message>
        <source>is a symbolic link; name a new or empty folder</source>
        <translation>是一个符号链接；请指定一个新的或空的文件夹</translation>
    </message>
    <message>
        <source>exists and is not a folder</source>
        <translation>已存在且不是文件夹</translation>
    </message>
    <message>
        <source>is a folder that holds other files (%1); write to a new or empty folder</source>
        <translation>是一个包含其他文件的文件夹（%1）；请写入新的或空的文件夹</translation>
    </message>
    <message>
        <source>cannot create a folder in %1: %2</source>
        <translation>无法在 %1 中创建文件夹：%2</translation>
    </message>
    <message>
        <source>no folder was written</source>
        <translation>没有写入任何文件夹</translation>
    </message>
    <message>
        <source>cannot rename the written folder into place: %1</source>
        <translation>无法将写入的文件夹重命名到目标位置：%1</translation>
    </message>
    <message>
        <source>too small to be a zip archive (%1 bytes)</source>
        <translation>太小，不可能是 zip 归档（%1 字节）</translation>
    </message>
    <message>
        <source>no zip end of central directory record (not a zip, or truncated)</source>
        <translation>没有 zip 中央目录结束记录（不是 zip，或已被截断）</translation>
    </message>
    <message>
        <source>zip64 end record claimed at byte %1 lies past the end of the file</source>
        <translation>声称位于字节 %1 的 zip64 结束记录超出了文件末尾</translation>
    </message>
    <message>
        <source>zip64 end record at byte %1 is damaged</source>
        <translation>位于字节 %1 的 zip64 结束记录已损坏</translation>
    </message>
    <message>
        <source>multi-disk (spanned) zip archives are not supported</source>
        <translation>不支持多磁盘（分卷）zip 归档</translation>
    </message>
    <message>
        <source>zip64 directory lists %1 records in %2 bytes, more than the limit PyTorch&apos;s reader accepts</source>
        <translation>zip64 目录在 %2 字节中列出了 %1 条记录，超过了 PyTorch 读取器接受的上限</translation>
    </message>
    <message>
        <source>zip end record counts %1 records in all but %2 on this disk (a spanned or damaged archive, which PyTorch&apos;s reader refuses)</source>
        <translation>zip 结束记录共计 %1 条记录，但此磁盘上只有 %2 条（分卷或已损坏的归档，PyTorch 读取器会拒绝）</translation>
    </message>
    <message>
        <source>zip directory lists %1 records, more than the limit of %2</source>
        <translation>zip 目录列出了 %1 条记录，超过了 %2 的上限</translation>
    </message>
    <message>
        <source>zip directory lists %1 records but is only %2 bytes long</source>
        <translation>zip 目录列出了 %1 条记录，但只有 %2 字节长</translation>
    </message>
    <message>
        <source>zip central directory claims %1 bytes at byte %2, past the end of the file (%3 bytes)</source>
        <translation>zip 中央目录声称在字节 %2 处有 %1 字节，超出了文件末尾（%3 字节）</translation>
    </message>
    <message>
        <source>zip central directory entry %1 at byte %2 is damaged</source>
        <translation>位于字节 %2 的 zip 中央目录条目 %1 已损坏</translation>
    </message>
    <message>
        <source>zip central directory entry %1 at byte %2 runs past the directory</source>
        <translation>位于字节 %2 的 zip 中央目录条目 %1 超出了目录范围</translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; has a truncated zip64 extra field</source>
        <translation>zip 记录 &apos;%1&apos; 的 zip64 扩展字段被截断</translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; needs zip64 sizes but has no zip64 extra field</source>
        <translation>zip 记录 &apos;%1&apos; 需要 zip64 大小，但没有 zip64 扩展字段</translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; has its local header at byte %2, past the end of the file (%3 bytes)</source>
        <translation>zip 记录 &apos;%1&apos; 的本地头位于字节 %2，超出了文件末尾（%3 字节）</translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; claims %2 bytes at byte %3, past the end of the file (%4 bytes)</source>
        <translation>zip 记录 &apos;%1&apos; 声称在字节 %3 处有 %2 字节，超出了文件末尾（%4 字节）</translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; claims an impossible size of %2 bytes</source>
        <translation>zip 记录 &apos;%1&apos; 声称的大小 %2 字节不可能成立</translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; has no local header at byte %2</source>
        <translation>zip 记录 &apos;%1&apos; 在字节 %2 处没有本地头</translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos;: its local header names it &apos;%2&apos;</source>
        <translation>zip 记录 &apos;%1&apos;：其本地头中的名称是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>没有数据</translation>
    </message>
    <message>
        <source>PyTorch&apos;s miniz (torch.load)</source>
        <translation>PyTorch 的 miniz（torch.load）</translation>
    </message>
    <message>
        <source>Python&apos;s zipfile (numpy.load, most scanners)</source>
        <translation>Python 的 zipfile（numpy.load、大多数扫描器）</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; claims %2 bytes inflated from %3, more than deflate can produce</source>
        <translation>记录 &apos;%1&apos; 声称由 %3 字节解压出 %2 字节，超过了 deflate 能产生的量</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; would inflate to %2 bytes; with the %3 bytes already inflated that passes the budget of %4 bytes for this %5-byte file (a decompression bomb): not read</source>
        <translation>记录 &apos;%1&apos; 会解压为 %2 字节；加上已解压的 %3 字节，超出了这个 %5 字节文件的 %4 字节预算（解压炸弹）：未读取</translation>
    </message>
    <message>
        <source>record &apos;%1&apos;: cannot start zlib</source>
        <translation>记录 &apos;%1&apos;：无法启动 zlib</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; inflates to more than the %2 bytes the directory says</source>
        <translation>记录 &apos;%1&apos; 解压后超过了目录所说的 %2 字节</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; ends before its compressed data does</source>
        <translation>记录 &apos;%1&apos; 在其压缩数据结束之前就结束了</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; is corrupt: %2</source>
        <translation>记录 &apos;%1&apos; 已损坏：%2</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; inflates to %2 bytes, but the directory says %3</source>
        <translation>记录 &apos;%1&apos; 解压为 %2 字节，但目录说是 %3</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; lies outside the file</source>
        <translation>记录 &apos;%1&apos; 位于文件之外</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; is stored but its sizes differ (%2 vs %3 bytes)</source>
        <translation>记录 &apos;%1&apos; 未压缩存储，但其大小不一致（%2 与 %3 字节）</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; would inflate to %2 bytes, more than the limit of %3 bytes</source>
        <translation>记录 &apos;%1&apos; 会解压为 %2 字节，超过了 %3 字节的上限</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; uses unsupported compression method %2</source>
        <translation>记录 &apos;%1&apos; 使用了不受支持的压缩方法 %2</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; fails its CRC-32 check (computed %2, directory says %3)</source>
        <translation>记录 &apos;%1&apos; 未通过 CRC-32 校验（计算值 %2，目录中为 %3）</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; cannot be read (method %2)</source>
        <translation>记录 &apos;%1&apos; 无法读取（方法 %2）</translation>
    </message>
    <message>
        <source>the file ends</source>
        <comment>a truncated zip is read until</comment>
        <translation>文件结束</translation>
    </message>
    <message>
        <source>the central directory starts</source>
        <comment>a truncated zip is read until</comment>
        <translation>中央目录开始</translation>
    </message>
    <message>
        <source>byte %1 is not a record</source>
        <comment>a truncated zip is read until</comment>
        <translation>字节 %1 处不是记录</translation>
    </message>
    <message>
        <source>a record&apos;s header is cut off</source>
        <comment>a truncated zip is read until</comment>
        <translation>某条记录的头被截断</translation>
    </message>
    <message>
        <source>a record is cut off</source>
        <comment>a truncated zip is read until</comment>
        <translation>某条记录被截断</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n records found by their local headers, until %2)</source>
        <translation>
            <numerusform>%1（通过本地头找到 %n 条记录，直到%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>writing stopped</source>
        <translation>写入已停止</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; written after the end of the archive</source>
        <translation>记录 &apos;%1&apos; 在归档结束之后写入</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; begun inside another</source>
        <translation>记录 &apos;%1&apos; 在另一条记录内部开始</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; has a negative size</source>
        <translation>记录 &apos;%1&apos; 的大小为负数</translation>
    </message>
    <message>
        <source>record name too long: %1</source>
        <translation>记录名称过长：%1</translation>
    </message>
    <message>
        <source>duplicate record &apos;%1&apos;</source>
        <translation>重复的记录 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>more data than record &apos;%1&apos; announced</source>
        <translation>数据多于记录 &apos;%1&apos; 声明的大小</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; got %2 of its %3 bytes</source>
        <translation>记录 &apos;%1&apos; 只收到其 %3 字节中的 %2 字节</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; was not ended</source>
        <translation>记录 &apos;%1&apos; 没有结束</translation>
    </message>
    <message>
        <source>the last zip end record signature, at byte %1, has only %2 bytes after it (Python&apos;s zipfile: not a zip file)</source>
        <translation>最后一个 zip 结束记录签名位于字节 %1，其后只有 %2 字节（Python 的 zipfile：不是 zip 文件）</translation>
    </message>
    <message>
        <source>zip central directory of %1 bytes would start before the file (Python&apos;s zipfile: bad offset for central directory)</source>
        <translation>%1 字节的 zip 中央目录将从文件开头之前开始（Python 的 zipfile：中央目录偏移错误）</translation>
    </message>
    <message>
        <source>zip central directory is truncated at entry %1</source>
        <translation>zip 中央目录在条目 %1 处被截断</translation>
    </message>
    <message>
        <source>zip record %1 needs zip version %2.%3, which Python&apos;s zipfile does not support</source>
        <translation>zip 记录 %1 需要 zip 版本 %2.%3，Python 的 zipfile 不支持</translation>
    </message>
    <message>
        <source>zip record %1 is flagged UTF-8 but its name is not</source>
        <translation>zip 记录 %1 标记为 UTF-8，但其名称不是</translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; has a corrupt extra field %2</source>
        <translation>zip 记录 &apos;%1&apos; 的扩展字段 %2 已损坏</translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; has a corrupt zip64 extra field</source>
        <translation>zip 记录 &apos;%1&apos; 的 zip64 扩展字段已损坏</translation>
    </message>
    <message>
        <source>zip directory lists more than %1 records</source>
        <translation>zip 目录列出了超过 %1 条记录</translation>
    </message>
    <message>
        <source>record &apos;%1&apos;: %2 (Python&apos;s zipfile cannot open it)</source>
        <translation>记录 &apos;%1&apos;：%2（Python 的 zipfile 无法打开它）</translation>
    </message>
    <message>
        <source>no local header at byte %1</source>
        <translation>字节 %1 处没有本地头</translation>
    </message>
    <message>
        <source>bad magic number for the local header at byte %1</source>
        <translation>字节 %1 处本地头的魔数错误</translation>
    </message>
    <message>
        <source>its local header names it &apos;%1&apos;</source>
        <translation>其本地头中的名称是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>its data overlaps the next record (possible zip bomb)</source>
        <translation>其数据与下一条记录重叠（可能是 zip 炸弹）</translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; appears more than once: Python&apos;s zipfile reads the last, at byte %2</source>
        <translation>zip 记录 &apos;%1&apos; 出现了多次：Python 的 zipfile 读取最后一个，位于字节 %2</translation>
    </message>
</context>
<context>
    <name>ckpt::LoadCheckPanel</name>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The check could not be made: %1</source>
        <translation>无法进行检查：%1</translation>
    </message>
    <message>
        <source>%1 loads into %2 with strict=True.</source>
        <translation>%1 可以用 strict=True 加载到 %2 中。</translation>
    </message>
    <message>
        <source>%1 does not load into %2 with strict=True.</source>
        <translation>%1 无法用 strict=True 加载到 %2 中。</translation>
    </message>
    <message>
        <source>After the fixes below it loads with strict=True.</source>
        <translation>经过下方的修复后，可以用 strict=True 加载。</translation>
    </message>
    <message>
        <source>After the fixes below it loads with strict=False; the model keeps its own initialisation for %1.</source>
        <translation>经过下方的修复后，可以用 strict=False 加载；%1 保留模型自身的初始化值。</translation>
    </message>
    <message>
        <source>The fixes below do not make it load.</source>
        <translation>下方的修复无法使其成功加载。</translation>
    </message>
    <message>
        <source>With strict=False it fails too.</source>
        <translation>使用 strict=False 也会失败。</translation>
    </message>
    <message>
        <source>With strict=False it loads; the unexpected keys are ignored.</source>
        <translation>使用 strict=False 可以加载；意外的键会被忽略。</translation>
    </message>
    <message>
        <source>With strict=False it loads; the model keeps its own initialisation for %1.</source>
        <translation>使用 strict=False 可以加载；%1 保留模型自身的初始化值。</translation>
    </message>
    <message>
        <source>(A as the conversion plan makes it)</source>
        <translation>（A 为按转换计划处理后的样子）</translation>
    </message>
    <message>
        <source>%1&apos;s state_dict: %2 (%3 keys) · %4&apos;s keys: %5 (%6 keys)</source>
        <translation>%1 的 state_dict：%2（%3 个键）· %4 的键：%5（%6 个键）</translation>
    </message>
    <message>
        <source>the TorchScript module&apos;s parameters and buffers</source>
        <translation>TorchScript 模块的参数和缓冲区</translation>
    </message>
    <message>
        <source>the file itself</source>
        <translation>文件本身</translation>
    </message>
    <message>
        <source>Missing keys</source>
        <translation>缺失的键</translation>
    </message>
    <message>
        <source>Unexpected keys</source>
        <translation>意外的键</translation>
    </message>
    <message>
        <source>%1: %2 in the checkpoint, %3 in the model</source>
        <translation>%1：检查点中为 %2，模型中为 %3</translation>
    </message>
    <message>
        <source>Size mismatch</source>
        <translation>尺寸不匹配</translation>
    </message>
    <message>
        <source>%1: %2 in the checkpoint, %3 in the model (cast silently)</source>
        <translation>%1：检查点中为 %2，模型中为 %3（静默转换）</translation>
    </message>
    <message>
        <source>Dtype differences</source>
        <translation>dtype 差异</translation>
    </message>
    <message>
        <source>%1 — ckpt convert %2</source>
        <translation>%1 — ckpt convert %2</translation>
    </message>
    <message>
        <source>Fixes</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>load_state_dict(strict=True) raises nothing.</source>
        <translation>load_state_dict(strict=True) 不会引发任何错误。</translation>
    </message>
    <message>
        <source>Loads into A?</source>
        <translation>能否加载到 A？</translation>
    </message>
    <message>
        <source>Loads into B?</source>
        <translation>能否加载到 B？</translation>
    </message>
    <message>
        <source>Which file is the model&apos;s side: the other is loaded into it as load_state_dict would load it</source>
        <translation>哪个文件作为模型一侧：另一个文件按 load_state_dict 的方式加载到其中</translation>
    </message>
    <message>
        <source>Fix in Convert</source>
        <translation>在“转换”中修复</translation>
    </message>
    <message>
        <source>Put the proposed fixes into the conversion plan of the file that is loaded; Preview in Tree shows the fixed tree</source>
        <translation>将建议的修复加入被加载文件的转换计划；“在树中预览”会显示修复后的树</translation>
    </message>
    <message>
        <source>What model.load_state_dict(state_dict, strict=True) reports, in PyTorch&apos;s order</source>
        <translation>model.load_state_dict(state_dict, strict=True) 报告的内容，按 PyTorch 的顺序排列</translation>
    </message>
    <message>
        <source>PyTorch&apos;s message</source>
        <translation>PyTorch 的消息</translation>
    </message>
</context>
<context>
    <name>ckpt::MainWindow</name>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>加载已取消</translation>
    </message>
    <message>
        <source>%1 — Checkpoint Inspector</source>
        <translation>%1 — Checkpoint Inspector</translation>
    </message>
    <message>
        <source>%1 (and %2 more warnings)</source>
        <translation>%1（另有 %2 条警告）</translation>
    </message>
    <message>
        <source>%1 changed on disk: reloading</source>
        <translation>%1 在磁盘上已更改：正在重新加载</translation>
    </message>
    <message>
        <source>Expanded %1 rows; expand deeper subtrees one by one</source>
        <translation>已展开 %1 行；更深的子树请逐个展开</translation>
    </message>
    <message>
        <source>About Checkpoint Inspector</source>
        <translation>关于 Checkpoint Inspector</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export Tree</source>
        <translation>导出树(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Series…</source>
        <translation>打开系列(&amp;S)…</translation>
    </message>
    <message>
        <source>Plot training scalars across several checkpoints of one run</source>
        <translation>绘制同一次训练中多个检查点的训练标量</translation>
    </message>
    <message>
        <source>Open Run &amp;Folder…</source>
        <translation>打开运行文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>List the checkpoints of a training run: metrics, the best one, identical weights, curves and drift</source>
        <translation>列出训练运行的检查点：指标、最佳检查点、相同权重、曲线和漂移</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Compare the open checkpoint&apos;s tensors with another file</source>
        <translation>将打开的检查点的张量与另一个文件比较</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>As &amp;CSV…</source>
        <translation>导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>As &amp;JSON…</source>
        <translation>导出为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>As &amp;Markdown…</source>
        <translation>导出为 Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Copy Key</source>
        <translation>复制键(&amp;C)</translation>
    </message>
    <message>
        <source>Copy Full &amp;Path</source>
        <translation>复制完整路径(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>筛选(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>全部展开(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>全部折叠(&amp;C)</translation>
    </message>
    <message>
        <source>Sort in &amp;File Order</source>
        <translation>按文件顺序排序(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Convert…</source>
        <translation>转换(&amp;C)…</translation>
    </message>
    <message>
        <source>Plan a conversion of the open checkpoint and write it</source>
        <translation>规划对打开的检查点的转换并写入</translation>
    </message>
    <message>
        <source>&amp;About Checkpoint Inspector</source>
        <translation>关于 Checkpoint Inspector(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop reading this file</source>
        <translation>停止读取此文件</translation>
    </message>
    <message>
        <source>Checkpoint Inspector</source>
        <translation>Checkpoint Inspector</translation>
    </message>
    <message>
        <source>Open Checkpoint</source>
        <translation>打开检查点</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>与其他文件比较</translation>
    </message>
    <message>
        <source>Open Run Folder</source>
        <translation>打开运行文件夹</translation>
    </message>
    <message>
        <source>Open Series</source>
        <translation>打开系列</translation>
    </message>
    <message>
        <source>Could not write the example to %1</source>
        <translation>无法将示例写入 %1</translation>
    </message>
    <message>
        <source>Export Tree</source>
        <translation>导出树</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Open E&amp;xample Checkpoint</source>
        <translation>打开示例检查点(&amp;X)</translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation>比较(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Close the checkpoint and show the welcome page</source>
        <translation>关闭检查点并显示欢迎页</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>首选项(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Next Panel</source>
        <translation>下一个面板(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;revious Panel</source>
        <translation>上一个面板(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Checkpoint tree</source>
        <translation>检查点树</translation>
    </message>
    <message>
        <source>File summary</source>
        <translation>文件概要</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Details of the selected row</source>
        <translation>所选行的详细信息</translation>
    </message>
    <message>
        <source>Safety findings</source>
        <translation>安全检查结果</translation>
    </message>
    <message>
        <source>Safety verdict</source>
        <translation>安全结论</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Statistics and histogram of the selected tensor</source>
        <translation>所选张量的统计和直方图</translation>
    </message>
    <message>
        <source>Statistics of every tensor</source>
        <translation>所有张量的统计</translation>
    </message>
    <message>
        <source>Training scalars and curves</source>
        <translation>训练标量和曲线</translation>
    </message>
    <message>
        <source>Comparison summary</source>
        <translation>比较摘要</translation>
    </message>
    <message>
        <source>Compared tensors</source>
        <translation>比较的张量</translation>
    </message>
    <message>
        <source>Relative difference of each tensor</source>
        <translation>每个张量的相对差异</translation>
    </message>
    <message>
        <source>Conversion steps</source>
        <translation>转换步骤</translation>
    </message>
    <message>
        <source>Output format</source>
        <translation>输出格式</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>读取进度</translation>
    </message>
    <message>
        <source>Compare: First Checkpoint</source>
        <translation>比较：第一个检查点</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>%1 — read in part: what could be read is shown below.</source>
        <translation>%1 — 仅部分读取：下方显示能读取的内容。</translation>
    </message>
    <message>
        <source>%1 — no tree could be read; the globals its pickle names are graded in Safety.</source>
        <translation>%1 — 无法读取任何树；其 pickle 引用的全局名在“安全性”面板中评级。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Opened %1 in part</source>
        <translation>已部分打开 %1</translation>
    </message>
    <message>
        <source>&amp;Merge Checkpoints…</source>
        <translation>合并检查点(&amp;M)…</translation>
    </message>
    <message>
        <source>Average checkpoints (a model soup, SWA of the last epochs) or add a difference</source>
        <translation>对检查点求平均（model soup，或对最后几个 epoch 做 SWA），或加上一个差值</translation>
    </message>
    <message>
        <source>&amp;Group Keys by Module</source>
        <translation>按模块分组键(&amp;G)</translation>
    </message>
    <message>
        <source>Show a state_dict&apos;s dotted keys as a tree of modules with their totals, or one row per key</source>
        <translation>将 state_dict 中带点的键显示为带合计的模块树，或每个键一行</translation>
    </message>
    <message>
        <source>What load_state_dict reports</source>
        <translation>load_state_dict 报告的内容</translation>
    </message>
    <message>
        <source>PyTorch&apos;s message</source>
        <translation>PyTorch 的消息</translation>
    </message>
    <message>
        <source>Histograms of A and B</source>
        <translation>A 和 B 的直方图</translation>
    </message>
    <message>
        <source>Scalars that differ</source>
        <translation>不同的标量</translation>
    </message>
</context>
<context>
    <name>ckpt::Merge</name>
    <message>
        <source>%1: missing in %2</source>
        <comment>a key of the first checkpoint, then the file without it</comment>
        <translation>%1：%2 中缺失</translation>
    </message>
    <message>
        <source>%1: shape %2 in %3, %4 in %5</source>
        <translation>%1：形状在 %3 中为 %2，在 %5 中为 %4</translation>
    </message>
    <message>
        <source>%1: %2 in %3, %4 in %5</source>
        <comment>a key, then its dtype in two files</comment>
        <translation>%1：在 %3 中为 %2，在 %5 中为 %4</translation>
    </message>
    <message>
        <source>%1: only in %2, not in %3</source>
        <translation>%1：只在 %2 中，不在 %3 中</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos;: %3</source>
        <translation>%1：张量 &apos;%2&apos;：%3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>refusing to write over an input</source>
        <translation>拒绝覆盖输入文件</translation>
    </message>
    <message>
        <source>holds no state_dict (no dict of tensors)</source>
        <translation>不含 state_dict（没有由张量组成的 dict）</translation>
    </message>
    <message numerus="yes">
        <source>the checkpoints do not have the same tensors: %n keys differ (nothing was written)</source>
        <translation>
            <numerusform>这些检查点的张量不相同：%n 个键不同（未写入任何内容）</numerusform>
        </translation>
    </message>
    <message>
        <source>merge needs at least two checkpoints</source>
        <translation>合并至少需要两个检查点</translation>
    </message>
    <message>
        <source>add-difference takes exactly three checkpoints (A + alpha * (B - C)), got %1</source>
        <translation>add-difference 需要正好三个检查点（A + alpha * (B - C)），实际为 %1 个</translation>
    </message>
    <message>
        <source>%1 weights for %2 checkpoints</source>
        <translation>%1 个权重对应 %2 个检查点</translation>
    </message>
    <message>
        <source>weights must be finite numbers</source>
        <translation>权重必须是有限数</translation>
    </message>
    <message>
        <source>the weights sum to 0</source>
        <translation>权重之和为 0</translation>
    </message>
    <message>
        <source>alpha must be a finite number</source>
        <translation>alpha 必须是有限数</translation>
    </message>
    <message>
        <source>no scratch file: %1</source>
        <translation>没有临时文件：%1</translation>
    </message>
    <message>
        <source>scratch file: %1</source>
        <translation>临时文件：%1</translation>
    </message>
    <message>
        <source>%1 (nothing was written)</source>
        <translation>%1（未写入任何内容）</translation>
    </message>
    <message>
        <source>the recipe could not be written beside it: %1</source>
        <translation>无法在其旁边写入配方：%1</translation>
    </message>
</context>
<context>
    <name>ckpt::MergeDialog</name>
    <message>
        <source>Add checkpoints to merge</source>
        <translation>添加要合并的检查点</translation>
    </message>
    <message>
        <source>Save merged checkpoint</source>
        <translation>保存合并后的检查点</translation>
    </message>
    <message>
        <source>Checking the inputs…</source>
        <translation>正在检查输入…</translation>
    </message>
    <message>
        <source>%1 + %2 × (%3 − %4)</source>
        <translation>%1 + %2 × (%3 − %4)</translation>
    </message>
    <message numerus="yes">
        <source>The uniform average of %n checkpoints</source>
        <translation>
            <numerusform>%n 个检查点的等权平均</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The weighted average of %n checkpoints (weights %1 after normalising)</source>
        <translation>
            <numerusform>%n 个检查点的加权平均（归一化后的权重：%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n floating tensors combined in float64 and stored in their dtype</source>
        <translation>
            <numerusform>%1：%n 个浮点张量以 float64 计算，并按各自的 dtype 存储</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n taken from the first input (integer and bool)</source>
        <translation>
            <numerusform>，%n 个取自第一个输入（整数和 bool）</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 written.</source>
        <translation>；将写入 %1。</translation>
    </message>
    <message>
        <source>%1: state_dict %2</source>
        <translation>%1：state_dict %2</translation>
    </message>
    <message>
        <source>Cannot merge: %1</source>
        <translation>无法合并：%1</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>替换文件</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the merged checkpoint?</source>
        <translation>%1 已存在。要用合并后的检查点替换它吗？</translation>
    </message>
    <message>
        <source>Not written: %1 exists and was kept.</source>
        <translation>未写入：%1 已存在并被保留。</translation>
    </message>
    <message>
        <source>Merging into %1…</source>
        <translation>正在合并到 %1…</translation>
    </message>
    <message>
        <source>Wrote %1 (%2), verified on reload.</source>
        <translation>已写入 %1（%2），已在重新加载时验证。</translation>
    </message>
    <message>
        <source>The recipe is in %1.</source>
        <translation>合并配方保存在 %1 中。</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>未写入：%1</translation>
    </message>
    <message>
        <source>Merge Checkpoints</source>
        <translation>合并检查点</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>The first checkpoint gives the result its dtypes and its integer tensors; in a difference it is A</source>
        <translation>结果的 dtype 和整数张量取自第一个检查点；在差值合并中它就是 A</translation>
    </message>
    <message>
        <source>Average (model soup, SWA)</source>
        <translation>平均（model soup，SWA）</translation>
    </message>
    <message>
        <source>Add difference: A + alpha × (B − C)</source>
        <translation>加上差值：A + alpha × (B − C)</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <source>Alpha:</source>
        <translation>Alpha：</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open Result</source>
        <translation>打开结果</translation>
    </message>
    <message>
        <source>Add two or more checkpoints of the same model: files, or rows selected in Runs.</source>
        <translation>添加同一模型的两个或更多检查点：文件，或在“训练运行”中选中的行。</translation>
    </message>
    <message>
        <source>Cannot merge: %1: %2</source>
        <translation>无法合并：%1：%2</translation>
    </message>
</context>
<context>
    <name>ckpt::MessageBanner</name>
    <message>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
</context>
<context>
    <name>ckpt::ModelStatsTable</name>
    <message>
        <source>NaN %1 / Inf %2</source>
        <translation>NaN %1 / Inf %2</translation>
    </message>
    <message>
        <source>Standard deviation as torch.std() reports it: with Bessel&apos;s correction (divided by n − 1)</source>
        <translation>与 torch.std() 一致的标准差：带贝塞尔校正（除以 n − 1）</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>张量</translation>
    </message>
    <message>
        <source>dtype</source>
        <translation>dtype</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>元素数</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>Std</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>Abs max</source>
        <translation>绝对值最大</translation>
    </message>
    <message>
        <source>NaN/Inf</source>
        <translation>NaN/Inf</translation>
    </message>
</context>
<context>
    <name>ckpt::ModelStatsView</name>
    <message>
        <source>Compute statistics of all tensors</source>
        <translation>计算所有张量的统计信息</translation>
    </message>
    <message>
        <source>std</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>abs max</source>
        <translation>绝对值最大</translation>
    </message>
    <message>
        <source>tensor (key order)</source>
        <translation>张量（按键顺序）</translation>
    </message>
    <message>
        <source>Computing… %1%</source>
        <translation>正在计算… %1%</translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s)</source>
        <translation>
            <numerusform>%n 个张量</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 tensors, %3 with NaN/Inf</source>
        <translation>%2 个张量中的 %1 个，%3 个含 NaN/Inf</translation>
    </message>
</context>
<context>
    <name>ckpt::PackageFields</name>
    <message>
        <source>Inference package</source>
        <translation>推理包</translation>
    </message>
    <message>
        <source>C&amp;lass names:</source>
        <translation>类别名称(&amp;L)：</translation>
    </message>
    <message>
        <source>Model &amp;config:</source>
        <translation>模型配置(&amp;C)：</translation>
    </message>
    <message>
        <source>Pre&amp;processing:</source>
        <translation>预处理(&amp;P)：</translation>
    </message>
    <message>
        <source>cat, dog, bird   or   [&quot;cat&quot;, &quot;dog&quot;]   or a path</source>
        <translation>cat, dog, bird   或   [&quot;cat&quot;, &quot;dog&quot;]   或路径</translation>
    </message>
    <message>
        <source>Names typed with commas, a JSON list, or a list in the checkpoint. Empty: class_names, classes, labels or idx_to_class from the file</source>
        <translation>以逗号分隔的名称、JSON 列表或检查点中的列表。留空：使用文件中的 class_names、classes、labels 或 idx_to_class</translation>
    </message>
    <message>
        <source>{&quot;hidden&quot;: 256}   or a path</source>
        <translation>{&quot;hidden&quot;: 256}   或路径</translation>
    </message>
    <message>
        <source>A JSON object, or a dict in the checkpoint. Empty: model_config, config, hyper_parameters, hparams or args from the file</source>
        <translation>JSON 对象或检查点中的 dict。留空：使用文件中的 model_config、config、hyper_parameters、hparams 或 args</translation>
    </message>
    <message>
        <source>{&quot;mean&quot;: [0.5], &quot;std&quot;: [0.5]}   or a path</source>
        <translation>{&quot;mean&quot;: [0.5], &quot;std&quot;: [0.5]}   或路径</translation>
    </message>
    <message>
        <source>A JSON object, or a dict in the checkpoint. Empty: preprocessing from the file, or its mean, std and input size</source>
        <translation>JSON 对象或检查点中的 dict。留空：使用文件中的 preprocessing，或其 mean、std 和输入尺寸</translation>
    </message>
</context>
<context>
    <name>ckpt::Phrase</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>a list cut short: the first items, then how many else</comment>
        <translation>
            <numerusform>%1 及另外 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ckpt::Pickle</name>
    <message>
        <source>a tensor in a tree pickled without its checkpoint</source>
        <translation>在没有其检查点的情况下 pickle 的树中有张量</translation>
    </message>
    <message>
        <source>a storage in a tree pickled without its checkpoint</source>
        <translation>在没有其检查点的情况下 pickle 的树中有 storage</translation>
    </message>
    <message>
        <source>empty value in the tree</source>
        <translation>树中有空值</translation>
    </message>
    <message>
        <source>the tree is nested more than %1 deep</source>
        <translation>树的嵌套深度超过 %1 层</translation>
    </message>
    <message>
        <source>a pickle MARK left in the tree</source>
        <translation>树中留有 pickle MARK</translation>
    </message>
    <message>
        <source>unknown value kind</source>
        <translation>未知的值类型</translation>
    </message>
    <message>
        <source>cannot re-create object %1 (it was made by calling a non-global)</source>
        <translation>无法重新创建对象 %1（它是通过调用非全局对象得到的）</translation>
    </message>
    <message>
        <source>%1 (opcode at byte %2)</source>
        <translation>%1（位于字节 %2 的操作码）</translation>
    </message>
    <message>
        <source>pickle ends early: needs %1 more bytes, %2 left</source>
        <translation>pickle 提前结束：还需要 %1 字节，只剩 %2 字节</translation>
    </message>
    <message>
        <source>pickle ends inside a text argument</source>
        <translation>pickle 在文本参数中间结束</translation>
    </message>
    <message>
        <source>stack grows past %1 items</source>
        <translation>栈增长超过 %1 个元素</translation>
    </message>
    <message>
        <source>creates more than %1 values (a memory bomb)</source>
        <translation>创建了超过 %1 个值（内存炸弹）</translation>
    </message>
    <message>
        <source>stack underflow</source>
        <translation>栈下溢</translation>
    </message>
    <message>
        <source>no MARK on the stack</source>
        <translation>栈上没有 MARK</translation>
    </message>
    <message>
        <source>stack underflow below MARK</source>
        <translation>MARK 之下栈下溢</translation>
    </message>
    <message>
        <source>memo store with an empty stack</source>
        <translation>栈为空时存入 memo</translation>
    </message>
    <message>
        <source>memo grows past %1 entries</source>
        <translation>memo 增长超过 %1 个条目</translation>
    </message>
    <message>
        <source>memo key %1 was never stored</source>
        <translation>memo 键 %1 从未存入</translation>
    </message>
    <message>
        <source>the pickle builds recursive references (shown as &lt;recursive reference&gt;)</source>
        <translation>pickle 构建了递归引用（显示为 &lt;recursive reference&gt;）</translation>
    </message>
    <message>
        <source>more structural oddities follow (not listed)</source>
        <translation>后面还有更多结构异常（未列出）</translation>
    </message>
    <message>
        <source>copies more than %1 container items (an expansion bomb)</source>
        <translation>复制了超过 %1 个容器元素（膨胀炸弹）</translation>
    </message>
    <message>
        <source>REDUCE arguments are not a tuple</source>
        <translation>REDUCE 的参数不是 tuple</translation>
    </message>
    <message>
        <source>calls the result of %1 at byte %2</source>
        <translation>在字节 %2 处调用 %1 的结果</translation>
    </message>
    <message>
        <source>BUILD modifies the global %1 at byte %2</source>
        <translation>BUILD 在字节 %2 处修改了全局对象 %1</translation>
    </message>
    <message>
        <source>BUILD on a %1 at byte %2</source>
        <translation>在字节 %2 处对 %1 执行 BUILD</translation>
    </message>
    <message>
        <source>SETITEMS with an odd number of items</source>
        <translation>SETITEMS 的元素个数为奇数</translation>
    </message>
    <message>
        <source>SETITEM on a %1 at byte %2</source>
        <translation>在字节 %2 处对 %1 执行 SETITEM</translation>
    </message>
    <message>
        <source>dict grows past %1 items</source>
        <translation>dict 增长超过 %1 项</translation>
    </message>
    <message>
        <source>APPEND on a %1 at byte %2</source>
        <translation>在字节 %2 处对 %1 执行 APPEND</translation>
    </message>
    <message>
        <source>list grows past %1 items</source>
        <translation>list 增长超过 %1 项</translation>
    </message>
    <message>
        <source>pickle ends without STOP</source>
        <translation>pickle 没有以 STOP 结束</translation>
    </message>
    <message>
        <source>more than %1 opcodes</source>
        <translation>超过 %1 个操作码</translation>
    </message>
    <message>
        <source>STOP with an empty stack</source>
        <translation>栈为空时遇到 STOP</translation>
    </message>
    <message>
        <source>MARK left open at STOP</source>
        <translation>STOP 时 MARK 仍未闭合</translation>
    </message>
    <message>
        <source>unsupported pickle protocol %1</source>
        <translation>不支持的 pickle 协议 %1</translation>
    </message>
    <message>
        <source>DUP on an empty stack</source>
        <translation>栈为空时执行 DUP</translation>
    </message>
    <message>
        <source>INT argument is not a number Python reads</source>
        <translation>INT 参数不是 Python 能读取的数字</translation>
    </message>
    <message>
        <source>LONG argument is not a number Python reads</source>
        <translation>LONG 参数不是 Python 能读取的数字</translation>
    </message>
    <message>
        <source>FLOAT argument is not a number</source>
        <translation>FLOAT 参数不是数字</translation>
    </message>
    <message>
        <source>STRING argument is not quoted</source>
        <translation>STRING 参数没有加引号</translation>
    </message>
    <message>
        <source>negative BINSTRING length</source>
        <translation>BINSTRING 长度为负数</translation>
    </message>
    <message>
        <source>%1 declares %2 bytes, only %3 left in the pickle</source>
        <translation>%1 声明了 %2 字节，pickle 中只剩 %3 字节</translation>
    </message>
    <message>
        <source>%1: out-of-band buffers are not part of a file</source>
        <translation>%1：带外缓冲区不属于文件的一部分</translation>
    </message>
    <message>
        <source>PUT key is not a number Python reads</source>
        <translation>PUT 键不是 Python 能读取的数字</translation>
    </message>
    <message>
        <source>GET key is not a number Python reads</source>
        <translation>GET 键不是 Python 能读取的数字</translation>
    </message>
    <message>
        <source>STACK_GLOBAL arguments are a %1 and a %2, not strings</source>
        <translation>STACK_GLOBAL 的参数是 %1 和 %2，而不是字符串</translation>
    </message>
    <message>
        <source>OBJ without a class</source>
        <translation>OBJ 没有类</translation>
    </message>
    <message>
        <source>unknown opcode 0x%1</source>
        <translation>未知操作码 0x%1</translation>
    </message>
</context>
<context>
    <name>ckpt::PreferencesDialog</name>
    <message>
        <source>Uniform (as torch.histc)</source>
        <translation>均匀（同 torch.histc）</translation>
    </message>
    <message>
        <source>Exponential (TensorBoard&apos;s buckets)</source>
        <translation>指数（TensorBoard 的分桶）</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>系统语言（%1）</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>转换</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>Histogram &amp;bins:</source>
        <translation>直方图分箱数(&amp;B)：</translation>
    </message>
    <message>
        <source>Bi&amp;nning:</source>
        <translation>分箱方式(&amp;N)：</translation>
    </message>
    <message>
        <source>Default &amp;save format:</source>
        <translation>默认保存格式(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Verify after writing (compare every tensor&apos;s SHA-256)</source>
        <translation>写入后校验（比较每个张量的 SHA-256）(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Recent files listed:</source>
        <translation>最近文件数量(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Bins of a new histogram in the Statistics dock</source>
        <translation>统计面板中新直方图的分箱数</translation>
    </message>
    <message>
        <source>System follows the desktop; Light and Dark use the Fusion style</source>
        <translation>跟随系统即跟随桌面；浅色和深色使用 Fusion 样式</translation>
    </message>
    <message>
        <source>&amp;Cast to:</source>
        <translation>转换为(&amp;C)：</translation>
    </message>
    <message>
        <source>The dtype the Convert dock&apos;s Cast step offers first</source>
        <translation>“转换”面板的类型转换步骤首先提供的 dtype</translation>
    </message>
    <message>
        <source>S&amp;hards:</source>
        <translation>分片(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>ckpt::RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>没有最近的文件</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ckpt::RunCurvesView</name>
    <message>
        <source>Open several checkpoints of one run, or a folder of them.</source>
        <translation>打开同一次训练的多个检查点，或包含它们的文件夹。</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>File order</source>
        <translation>文件顺序</translation>
    </message>
    <message>
        <source>Smoothing (TensorBoard&apos;s exponential moving average)</source>
        <translation>平滑（TensorBoard 的指数移动平均）</translation>
    </message>
    <message>
        <source>X axis:</source>
        <translation>X 轴：</translation>
    </message>
    <message>
        <source>Smoothing:</source>
        <translation>平滑：</translation>
    </message>
    <message>
        <source>%1 = %2 at %3 in %4</source>
        <translation>%1 = %2（x = %3，文件 %4）</translation>
    </message>
    <message>
        <source>Reading the checkpoints in %1…</source>
        <translation>正在读取 %1 中的检查点…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the metadata of %n file(s)…</source>
        <translation>
            <numerusform>正在读取 %n 个文件的元数据…</numerusform>
        </translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Checkpoints: %1</source>
        <translation>检查点：%1</translation>
    </message>
    <message>
        <source>trainer_state.json log entries: %1</source>
        <translation>trainer_state.json 日志条目：%1</translation>
    </message>
    <message>
        <source>scalars in two or more: %1</source>
        <translation>出现在两个及以上中的标量：%1</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source> (smoothed)</source>
        <translation>（平滑）</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>运行：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1</source>
        <translation>
            <numerusform>%1 中的 %n 个文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ckpt::RunTableModel</name>
    <message>
        <source>Best: %1</source>
        <translation>最佳：%1</translation>
    </message>
    <message>
        <source>Same weights as %1</source>
        <translation>与 %1 权重相同</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>ckpt::Runs</name>
    <message>
        <source>the run&apos;s ModelCheckpoint callback monitors it (its key names no mode: Lightning&apos;s default &apos;min&apos;)</source>
        <translation>该运行的 ModelCheckpoint 回调监控此指标（其键未指明模式：按 Lightning 默认的 &apos;min&apos;）</translation>
    </message>
    <message>
        <source>the run&apos;s ModelCheckpoint callback monitors it (mode &apos;%1&apos;)</source>
        <translation>该运行的 ModelCheckpoint 回调监控此指标（模式 &apos;%1&apos;）</translation>
    </message>
    <message>
        <source>%1/training_args.bin sets metric_for_best_model to it, greater_is_better %2</source>
        <translation>%1/training_args.bin 将 metric_for_best_model 设为此指标，greater_is_better 为 %2</translation>
    </message>
    <message>
        <source>%1/training_args.bin sets metric_for_best_model to it, greater_is_better unset (%2 for a name ending in &apos;loss&apos;)</source>
        <translation>%1/training_args.bin 将 metric_for_best_model 设为此指标，未设置 greater_is_better（名称以 &apos;loss&apos; 结尾，故为 %2）</translation>
    </message>
    <message>
        <source>%1/training_args.bin sets metric_for_best_model to it, greater_is_better unset (%2 for a name not ending in &apos;loss&apos;)</source>
        <translation>%1/training_args.bin 将 metric_for_best_model 设为此指标，未设置 greater_is_better（名称不以 &apos;loss&apos; 结尾，故为 %2）</translation>
    </message>
    <message>
        <source>--metric %1 not used: the run monitors %2</source>
        <translation>未使用 --metric %1：该运行监控的是 %2</translation>
    </message>
    <message>
        <source>--metric and --mode ask for it; the run monitors none</source>
        <translation>由 --metric 和 --mode 指定；该运行未监控任何指标</translation>
    </message>
    <message>
        <source>--metric asks for it (%1 for a name like a loss or error); the run monitors none</source>
        <translation>由 --metric 指定（名称像损失或误差，故为 %1）；该运行未监控任何指标</translation>
    </message>
    <message>
        <source>--metric asks for it (%1 for a name not like a loss or error); the run monitors none</source>
        <translation>由 --metric 指定（名称不像损失或误差，故为 %1）；该运行未监控任何指标</translation>
    </message>
    <message>
        <source>the run monitors no metric and --metric was not given, so a validation loss decides</source>
        <translation>该运行未监控任何指标，也未给出 --metric，因此由验证损失决定</translation>
    </message>
    <message>
        <source>no best: the run monitors no metric, --metric was not given and no checkpoint has a validation loss</source>
        <translation>没有最佳：该运行未监控任何指标，未给出 --metric，也没有检查点带有验证损失</translation>
    </message>
    <message>
        <source>no best: %1 (%2) would decide (%3), but no checkpoint has it</source>
        <translation>没有最佳：本应由 %1（%2）决定（%3），但没有检查点带有该指标</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3; lowest of %n checkpoints with it: %4 in %5</source>
        <translation>
            <numerusform>%1（%2）：%3；在带有该指标的 %n 个检查点中最低：%5 中的 %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3; highest of %n checkpoints with it: %4 in %5</source>
        <translation>
            <numerusform>%1（%2）：%3；在带有该指标的 %n 个检查点中最高：%5 中的 %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>two clauses of one sentence</comment>
        <translation>%1；%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 records the same value but holds a later checkpoint&apos;s weights</source>
        <comment>%1 names one or more checkpoints</comment>
        <translation>
            <numerusform>%1 记录了相同的值，但存的是之后某个检查点的权重</numerusform>
        </translation>
    </message>
    <message>
        <source>the run recorded %1 as its best; it is not in the folder</source>
        <translation>该运行记录的最佳为 %1；但它不在文件夹中</translation>
    </message>
    <message>
        <source>the run recorded %1 as its best, but %2 has the lowest %3</source>
        <translation>该运行记录的最佳为 %1，但 %3 最低的是 %2</translation>
    </message>
    <message>
        <source>the run recorded %1 as its best, but %2 has the highest %3</source>
        <translation>该运行记录的最佳为 %1，但 %3 最高的是 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: not searched (more than %n folders deep)</source>
        <translation>
            <numerusform>%1：未搜索（超过 %n 层文件夹）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has the same weights as %2 in another container (%3, %4)</source>
        <translation>%1 与 %2 的权重相同，只是容器格式不同（%3、%4）</translation>
    </message>
    <message>
        <source>%1 has the same weights as %2</source>
        <translation>%1 与 %2 的权重相同</translation>
    </message>
    <message>
        <source>%1 has the same weights as %2 in another container (%3, %4) though its epoch says %5: saved from model.state_dict() without a copy?</source>
        <translation>%1 与 %2 的权重相同，只是容器格式不同（%3、%4），但它的 epoch 为 %5：是否直接保存了 model.state_dict() 而没有复制？</translation>
    </message>
    <message>
        <source>%1 has the same weights as %2 though its epoch says %3: saved from model.state_dict() without a copy?</source>
        <translation>%1 与 %2 的权重相同，但它的 epoch 为 %3：是否直接保存了 model.state_dict() 而没有复制？</translation>
    </message>
    <message>
        <source>%1 has the same weights as %2 in another container (%3, %4) though its step says %5: saved from model.state_dict() without a copy?</source>
        <translation>%1 与 %2 的权重相同，只是容器格式不同（%3、%4），但它的 step 为 %5：是否直接保存了 model.state_dict() 而没有复制？</translation>
    </message>
    <message>
        <source>%1 has the same weights as %2 though its step says %3: saved from model.state_dict() without a copy?</source>
        <translation>%1 与 %2 的权重相同，但它的 step 为 %3：是否直接保存了 model.state_dict() 而没有复制？</translation>
    </message>
    <message>
        <source>%1: %2; its weights were not compared</source>
        <translation>%1：%2；未比较其权重</translation>
    </message>
    <message numerus="yes">
        <source>all %n checkpoints have the same weights: did the optimizer ever step?</source>
        <translation>
            <numerusform>全部 %n 个检查点的权重都相同：优化器真的执行过 step 吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 tensors never changed across %n checkpoints with different weights: %3 (a frozen layer, or parameters the optimizer was never given?)</source>
        <translation>
            <numerusform>在 %n 个权重各不相同的检查点中，%2 个张量里有 %1 个从未改变：%3（是被冻结的层，还是从未交给优化器的参数？）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a run&apos;s folder, then a sentence about it</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>not a folder (ckpt runs reads a folder of checkpoints)</source>
        <translation>不是文件夹（ckpt runs 读取的是存放检查点的文件夹）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>no model.safetensors or pytorch_model.bin in the folder</source>
        <translation>文件夹中没有 model.safetensors 或 pytorch_model.bin</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a checkpoint, then why it could not be read</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no checkpoints found (.pt .pth .ckpt .bin .tar .pkl .safetensors files or checkpoint-N folders, four folders deep)</source>
        <translation>未找到检查点（.pt .pth .ckpt .bin .tar .pkl .safetensors 文件或 checkpoint-N 文件夹，向下查找四层）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a tensor, then why it cannot be read</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ckpt::RunsDock</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>File › Open Run Folder… lists the checkpoints of a training run.</source>
        <translation>文件 › 打开运行文件夹… 可列出一次训练运行的检查点。</translation>
    </message>
    <message>
        <source>The table, the best checkpoint and identical weights need a run folder.</source>
        <translation>表格、最佳检查点和相同权重需要一个运行文件夹。</translation>
    </message>
    <message>
        <source>Reading the checkpoints in %1…</source>
        <translation>正在读取 %1 中的检查点…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Best: %1. %2</source>
        <translation>最佳：%1。%2</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>训练运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop reading the run</source>
        <translation>停止读取此次训练运行</translation>
    </message>
    <message>
        <source>Average Selected…</source>
        <translation>对所选求平均…</translation>
    </message>
    <message>
        <source>Average the selected checkpoints (a model soup, SWA of the last epochs) in Tools › Merge Checkpoints</source>
        <translation>在 工具 › 合并检查点 中对所选检查点求平均（model soup，或对最后几个 epoch 做 SWA）</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>漂移</translation>
    </message>
</context>
<context>
    <name>ckpt::Safety</name>
    <message>
        <source>STACK_GLOBAL with arguments that are not strings hides its target</source>
        <translation>参数不是字符串的 STACK_GLOBAL 隐藏了它的目标</translation>
    </message>
    <message>
        <source>%1 (via %2 at byte %3)</source>
        <comment>a reason, then the opcode and where it names the global</comment>
        <translation>%1（经由字节 %3 处的 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) left on the stack after STOP</source>
        <translation>
            <numerusform>STOP 之后栈上还剩 %n 个元素</numerusform>
        </translation>
    </message>
    <message>
        <source>the pickle breaks after a dangerous global: %1</source>
        <translation>pickle 在一个危险的全局对象之后中断：%1</translation>
    </message>
    <message>
        <source>the pickle breaks after importing %1, a global outside the allow-list: torch.load would have called it before failing (%2)</source>
        <translation>pickle 在导入 %1（允许列表之外的全局对象）之后中断：torch.load 在失败之前就已调用了它（%2）</translation>
    </message>
    <message>
        <source>%1, pickle %2 at byte %3</source>
        <translation>%1，字节 %3 处的第 %2 个 pickle</translation>
    </message>
    <message>
        <source>%1 bytes after STOP that do not form a pickle (%2)</source>
        <translation>STOP 之后有 %1 字节不构成 pickle（%2）</translation>
    </message>
    <message>
        <source>%1: more than %2 stacked pickles; the rest was not scanned</source>
        <translation>%1：叠放的 pickle 超过 %2 个；其余部分未扫描</translation>
    </message>
    <message>
        <source>%1 bytes after %2, which torch.load ignores (scanned for pickles)</source>
        <translation>%2 之后有 %1 字节，torch.load 会忽略它们（已扫描其中的 pickle）</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 中 %2 之后</translation>
    </message>
    <message>
        <source>the file from byte 0, as torch.load unpickles it</source>
        <translation>从字节 0 开始的文件，即 torch.load 反序列化它的方式</translation>
    </message>
    <message>
        <source>read as %1, but its bytes are also a pickle that torch.load would unpickle (a polyglot)</source>
        <translation>按 %1 读取，但其字节同时也是 torch.load 会反序列化的 pickle（多重格式文件）</translation>
    </message>
    <message>
        <source>%1 is a TorchScript class: torch.jit.load builds it from the archive&apos;s code/ folder; torch.load cannot</source>
        <translation>%1 是 TorchScript 类：torch.jit.load 根据归档的 code/ 文件夹构建它；torch.load 做不到</translation>
    </message>
    <message>
        <source>%1 is a TorchScript pickle helper that torch.jit.load reads; it is not in PyTorch&apos;s weights_only allow-list</source>
        <translation>%1 是 torch.jit.load 读取的 TorchScript pickle 辅助函数；它不在 PyTorch 的 weights_only 允许列表中</translation>
    </message>
    <message>
        <source>%1 is another spelling of %2, which PyTorch never writes; weights_only accepts only %2, so torch.load needs weights_only=False</source>
        <translation>%1 是 %2 的另一种写法，PyTorch 从不这样写；weights_only 只接受 %2，因此 torch.load 需要 weights_only=False</translation>
    </message>
    <message>
        <source>%1 is not in PyTorch&apos;s weights_only allow-list: weights_only rejects torch layouts and memory formats as bare globals (torch.save writes layouts through torch.serialization._get_layout), so torch.load needs weights_only=False</source>
        <translation>%1 不在 PyTorch 的 weights_only 允许列表中：weights_only 拒绝以裸全局对象形式出现的 torch 布局和内存格式（torch.save 通过 torch.serialization._get_layout 写入布局），因此 torch.load 需要 weights_only=False</translation>
    </message>
    <message>
        <source>%1 is not in PyTorch&apos;s weights_only allow-list: importing and calling `%2` is what torch.load(weights_only=False) would do</source>
        <translation>%1 不在 PyTorch 的 weights_only 允许列表中：导入并调用 `%2` 正是 torch.load(weights_only=False) 会做的事</translation>
    </message>
    <message>
        <source>%1 (%2 in Python 3)</source>
        <translation>%1（在 Python 3 中为 %2）</translation>
    </message>
    <message>
        <source>(%1 rule)</source>
        <translation>（%1 的规则）</translation>
    </message>
    <message>
        <source>(deny-listed by %1)</source>
        <translation>（被 %1 列入拒绝列表）</translation>
    </message>
    <message>
        <source>(%1 is deny-listed by %2)</source>
        <translation>（%1 被 %2 列入拒绝列表）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a reason, then who deny-lists it (in parentheses)</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1 is a pickle EXT code: copyreg&apos;s registry in the loading program chooses the target, so it cannot be checked</source>
        <translation>%1 是 pickle 的 EXT 编码：目标由加载程序中 copyreg 的注册表决定，因此无法检查</translation>
    </message>
    <message>
        <source>global `%1` has an empty module or name: its target cannot be known before loading, which scanners treat as dangerous</source>
        <translation>全局对象 `%1` 的模块或名称为空：加载前无法知道其目标，扫描器将此视为危险</translation>
    </message>
    <message>
        <source>`%1` is not a valid Python name: the pickle is malformed or tampered with</source>
        <translation>`%1` 不是合法的 Python 名称：该 pickle 格式有误或被篡改</translation>
    </message>
    <message>
        <source>%1 %2; only plain-data builtins (set, int, ...) are safe</source>
        <translation>%1%2；只有纯数据的内置对象（set、int 等）是安全的</translation>
    </message>
    <message>
        <source>%1 walks Python internals through `%2`, a path to eval or any module (%3 rule)</source>
        <translation>%1 经由 `%2` 访问 Python 内部结构，这是通往 eval 或任意模块的途径（%3 的规则）</translation>
    </message>
    <message>
        <source>%1 reaches the module %2 through attribute access; %3 %4</source>
        <translation>%1 通过属性访问到达模块 %2；%3%4</translation>
    </message>
    <message>
        <source>%1 is in PyTorch&apos;s weights_only allow-list (PyTorch 2.x; 1.13&apos;s weights_only rejects it)</source>
        <translation>%1 在 PyTorch 的 weights_only 允许列表中（PyTorch 2.x；1.13 的 weights_only 会拒绝它）</translation>
    </message>
    <message>
        <source>%1 is in PyTorch&apos;s weights_only allow-list of 1.13 (and maybe early 2.x); newer PyTorch rejects it</source>
        <translation>%1 在 PyTorch 1.13（也许还有早期 2.x）的 weights_only 允许列表中；更新的 PyTorch 会拒绝它</translation>
    </message>
    <message>
        <source>%1 is in PyTorch&apos;s weights_only allow-list</source>
        <translation>%1 在 PyTorch 的 weights_only 允许列表中</translation>
    </message>
    <message>
        <source>%1 runs a shell command</source>
        <translation>%1 会执行 shell 命令</translation>
    </message>
    <message>
        <source>%1 evaluates Python code</source>
        <translation>%1 会执行 Python 代码</translation>
    </message>
    <message>
        <source>%1 imports any module</source>
        <translation>%1 会导入任意模块</translation>
    </message>
    <message>
        <source>%1 opens or writes files</source>
        <translation>%1 会打开或写入文件</translation>
    </message>
    <message>
        <source>%1 makes network connections</source>
        <translation>%1 会建立网络连接</translation>
    </message>
    <message>
        <source>%1 loads another pickle with full trust</source>
        <translation>%1 会完全信任地加载另一个 pickle</translation>
    </message>
    <message>
        <source>%1 reaches any attribute of any object (a path to eval or os.system)</source>
        <translation>%1 可访问任意对象的任意属性（通往 eval 或 os.system 的途径）</translation>
    </message>
    <message>
        <source>%1 calls another function with arguments of the file&apos;s choosing</source>
        <translation>%1 会以文件选定的参数调用另一个函数</translation>
    </message>
    <message>
        <source>%1 calls native code in shared libraries</source>
        <translation>%1 会调用共享库中的原生代码</translation>
    </message>
    <message>
        <source>%1 changes the running Python interpreter</source>
        <translation>%1 会修改正在运行的 Python 解释器</translation>
    </message>
    <message>
        <source>%1 installs packages</source>
        <translation>%1 会安装软件包</translation>
    </message>
    <message>
        <source>%1 is a Python builtin that is not plain data</source>
        <translation>%1 是不属于纯数据的 Python 内置对象</translation>
    </message>
    <message>
        <source>%1 refers to a module object, which no real checkpoint holds: a crafted pickle can overwrite functions PyTorch calls</source>
        <translation>%1 指向一个模块对象，真实的检查点从不包含它：精心构造的 pickle 可以借此覆盖 PyTorch 调用的函数</translation>
    </message>
    <message>
        <source>%1 walks Python internals (dunder attributes), a path to eval or any module</source>
        <translation>%1 访问 Python 内部结构（双下划线属性），这是通往 eval 或任意模块的途径</translation>
    </message>
    <message>
        <source>%1 has a target that cannot be known before loading</source>
        <translation>%1 的目标在加载前无法得知</translation>
    </message>
    <message>
        <source>zip directory</source>
        <translation>zip 目录</translation>
    </message>
    <message>
        <source>zip flag bits 0x%1 make Python&apos;s zipfile refuse this record; PyTorch reads it anyway (a trick to blind scanners)</source>
        <translation>zip 标志位 0x%1 会让 Python 的 zipfile 拒绝此记录；PyTorch 却照样读取（一种蒙蔽扫描器的手法）</translation>
    </message>
    <message>
        <source>a record torch.save does not write (scanned as a possible pickle)</source>
        <translation>torch.save 不会写入的记录（已作为可能的 pickle 扫描）</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no record</comment>
        <translation>没有记录</translation>
    </message>
    <message>
        <source>one it cannot open</source>
        <comment>a record</comment>
        <translation>一个它无法打开的记录</translation>
    </message>
    <message>
        <source>%1 bytes at byte %2</source>
        <translation>字节 %2 处的 %1 字节</translation>
    </message>
    <message>
        <source>%1 reads a different data.pkl than %2: %3 instead of %4</source>
        <translation>%1 读取的 data.pkl 与 %2 不同：是 %3 而不是 %4</translation>
    </message>
    <message>
        <source>only %1 lists %2</source>
        <translation>只有 %1 列出了 %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>two clauses</comment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>the loaders read different records: %1</source>
        <translation>各加载器读取的记录不同：%1</translation>
    </message>
    <message>
        <source>%1 reads record &apos;%2&apos; from other bytes than %3: %4 instead of %5</source>
        <translation>%1 读取记录 &apos;%2&apos; 所用的字节与 %3 不同：是 %4 而不是 %5</translation>
    </message>
    <message>
        <source>%1 reads this zip but %2 refuses it (%3): what one loader runs, the other cannot see</source>
        <translation>%1 能读取这个 zip，但 %2 拒绝它（%3）：一个加载器会运行的内容，另一个看不到</translation>
    </message>
    <message>
        <source>%1 (both readings are scanned)</source>
        <translation>%1（两种读法都已扫描）</translation>
    </message>
    <message>
        <source>CRC-32 mismatch: Python&apos;s zipfile refuses this record, PyTorch reads it unchecked (a trick to blind scanners)</source>
        <translation>CRC-32 不匹配：Python 的 zipfile 拒绝此记录，PyTorch 却不加校验地读取（一种蒙蔽扫描器的手法）</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>未检查：%1</translation>
    </message>
    <message>
        <source>PyTorch&apos;s weights_only</source>
        <comment>one of the lists that deny a global</comment>
        <translation>PyTorch 的 weights_only</translation>
    </message>
    <message>
        <source>7z archive</source>
        <translation>7z 归档</translation>
    </message>
    <message>
        <source>7z archive: not scanned</source>
        <translation>7z 归档：未扫描</translation>
    </message>
    <message numerus="yes">
        <source>builtins.getattr only reads members of DCP&apos;s _MEM_FORMAT_ENCODING enum (%n times): how pickle stores an Enum by name; harmless here</source>
        <translation>
            <numerusform>builtins.getattr 只读取 DCP 的 _MEM_FORMAT_ENCODING 枚举的成员（%n 次）：这是 pickle 按名称存储 Enum 的方式；在此无害</numerusform>
        </translation>
    </message>
    <message>
        <source>object pickle</source>
        <comment>the legacy format&apos;s main pickle</comment>
        <translation>对象 pickle</translation>
    </message>
    <message>
        <source>file</source>
        <comment>where a finding is: the whole file</comment>
        <translation>文件</translation>
    </message>
    <message>
        <source>the last storage</source>
        <comment>%1 bytes after it</comment>
        <translation>最后一个 storage</translation>
    </message>
    <message>
        <source>object array pickle</source>
        <comment>a .npy of dtype object</comment>
        <translation>对象数组的 pickle</translation>
    </message>
    <message>
        <source>npy header</source>
        <translation>npy 头部</translation>
    </message>
    <message>
        <source>.npy header declares more data than the %1 bytes after it</source>
        <translation>.npy 头部声明的数据多于其后的 %1 字节</translation>
    </message>
    <message>
        <source>a bare pickle, not a torch.save file: torch.load unpickles it, then fails</source>
        <translation>裸 pickle，不是 torch.save 文件：torch.load 会先反序列化它，然后失败</translation>
    </message>
    <message>
        <source>a record that may be a pickle could not be scanned: %1</source>
        <translation>一个可能是 pickle 的记录无法扫描：%1</translation>
    </message>
    <message>
        <source>record outside the archive folder &apos;%1&apos;</source>
        <translation>位于归档文件夹 &apos;%1&apos; 之外的记录</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where a pickle is, then why it stops</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ckpt::SafetyDock</name>
    <message>
        <source>Safety</source>
        <translation>安全性</translation>
    </message>
    <message>
        <source>No checkpoint open.</source>
        <translation>未打开检查点。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do not torch.load this file.&lt;/b&gt; It references globals that can run arbitrary code. Nothing from it was run here.</source>
        <translation>&lt;b&gt;不要对此文件调用 torch.load。&lt;/b&gt;它引用了可执行任意代码的全局对象。此处没有运行其中的任何内容。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suspicious structure.&lt;/b&gt; The file is damaged or crafted; what could be read is shown.</source>
        <translation>&lt;b&gt;可疑的结构。&lt;/b&gt;该文件已损坏或被刻意构造；显示的是能读取的内容。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs code.&lt;/b&gt; Importing and calling the code below is what torch.load(weights_only=False) would do; only do that for files you trust.</source>
        <translation>&lt;b&gt;需要代码。&lt;/b&gt;导入并调用下列代码正是 torch.load(weights_only=False) 会做的事；仅对你信任的文件这样做。</translation>
    </message>
    <message>
        <source>✔ safetensors holds no code: it is not a torch.load file; load it with safetensors.torch.load_file.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</source>
        <translation>✔ safetensors 不含代码：它不是 torch.load 文件；请用 safetensors.torch.load_file 加载。&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>✔ Stock &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt; accepts this file.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</source>
        <translation>✔ 原版 &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt; 接受此文件。&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>✘ Stock &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt; would not accept this file.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</source>
        <translation>✘ 原版 &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt; 不会接受此文件。&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>? Cannot be judged.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</source>
        <translation>? 无法判断。&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>data you can allow</source>
        <translation>可允许的数据</translation>
    </message>
    <message>
        <source>needs its code</source>
        <translation>需要其代码</translation>
    </message>
    <message>
        <source>dangerous</source>
        <translation>危险</translation>
    </message>
    <message>
        <source>refused by %1</source>
        <translation>被 %1 拒绝</translation>
    </message>
    <message>
        <source>&lt;b&gt;The weights_only doctor&lt;/b&gt;</source>
        <translation>&lt;b&gt;weights_only 诊断&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the lines that make torch.load(weights_only=True) accept the plain data</source>
        <translation>复制让 torch.load(weights_only=True) 接受这些纯数据的代码行</translation>
    </message>
    <message>
        <source>Make weights-only loadable…</source>
        <translation>使其可用 weights_only 加载…</translation>
    </message>
    <message>
        <source>Add the step that rewrites the plain data into plain values to the conversion plan</source>
        <translation>向转换计划添加把纯数据改写为普通值的步骤</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>全局名</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Refused by</source>
        <translation>拒绝的版本</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>它是什么</translation>
    </message>
    <message>
        <source>torch %1: loads</source>
        <translation>torch %1：可加载</translation>
    </message>
    <message>
        <source>torch %1: refuses</source>
        <translation>torch %1：拒绝</translation>
    </message>
    <message>
        <source>✔ Stock &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt; of torch %1 accepts this file; %2 refuses it.&lt;br&gt;&lt;small&gt;%3&lt;/small&gt;</source>
        <translation>✔ torch %1 的原版 &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt; 接受此文件；%2 拒绝它。&lt;br&gt;&lt;small&gt;%3&lt;/small&gt;</translation>
    </message>
    <message>
        <source>torch %1: depends on the release</source>
        <translation>torch %1：取决于具体版本</translation>
    </message>
    <message>
        <source>✔ Stock &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt; of torch %1 accepts this file; in %2 it depends on the release.&lt;br&gt;&lt;small&gt;%3&lt;/small&gt;</source>
        <translation>✔ torch %1 的原版 &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt; 接受此文件；在 %2 中取决于具体版本。&lt;br&gt;&lt;small&gt;%3&lt;/small&gt;</translation>
    </message>
    <message>
        <source>✔ Stock &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt; of torch %1 accepts this file; %2 refuses it; in %3 it depends on the release.&lt;br&gt;&lt;small&gt;%4&lt;/small&gt;</source>
        <translation>✔ torch %1 的原版 &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt; 接受此文件；%2 拒绝它；在 %3 中取决于具体版本。&lt;br&gt;&lt;small&gt;%4&lt;/small&gt;</translation>
    </message>
    <message>
        <source>torch %1: hands it to torch.jit.load</source>
        <translation>torch %1：交给 torch.jit.load 处理</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hostile file.&lt;/b&gt; Code that can run anything is hidden where torch.load does not read, but other loaders and tools do. Nothing from it was run here.</source>
        <translation>&lt;b&gt;恶意文件。&lt;/b&gt;可执行任意代码的内容藏在 torch.load 不读取、但其他加载器和工具会读取的位置。这里没有运行其中任何内容。</translation>
    </message>
    <message>
        <source>✘ Stock &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt; of torch %1 (its default there) refuses this file; %2 accepts it.&lt;br&gt;&lt;small&gt;%3&lt;/small&gt;</source>
        <translation>✘ torch %1 的原版 &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt;（该版本的默认设置）拒绝此文件；%2 接受它。&lt;br&gt;&lt;small&gt;%3&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>ckpt::ScalarChangesView</name>
    <message>
        <source>Scalar</source>
        <translation>标量</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>（不存在）</translation>
    </message>
    <message>
        <source>No scalar differs</source>
        <translation>没有不同的标量</translation>
    </message>
</context>
<context>
    <name>ckpt::ShardSizeBox</name>
    <message>
        <source>One file</source>
        <translation>单个文件</translation>
    </message>
    <message>
        <source>Write Hugging Face shards of at most this size each plus their index (5GB = 5,000,000,000 bytes; MB, GiB … too), or one file</source>
        <translation>写入每个不超过此大小的 Hugging Face 分片及其索引（5GB = 5,000,000,000 字节；也可用 MB、GiB …），或写成单个文件</translation>
    </message>
</context>
<context>
    <name>ckpt::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Every command with a key. The menus show the same keys beside their entries.</source>
        <translation>每个带按键的命令。菜单项旁边显示相同的按键。</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>From the filter field, move into the results</source>
        <translation>从筛选框移到结果中</translation>
    </message>
    <message>
        <source>Open the selected recent file (welcome page)</source>
        <translation>打开所选的最近文件（欢迎页）</translation>
    </message>
    <message>
        <source>%1 panel (show or hide)</source>
        <translation>%1 面板（显示或隐藏）</translation>
    </message>
</context>
<context>
    <name>ckpt::StatisticsDock</name>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Selected Tensor</source>
        <translation>所选张量</translation>
    </message>
    <message>
        <source>Whole Model</source>
        <translation>整个模型</translation>
    </message>
</context>
<context>
    <name>ckpt::Stats</name>
    <message>
        <source>cannot compute: %1</source>
        <translation>无法计算：%1</translation>
    </message>
</context>
<context>
    <name>ckpt::StatsWorker</name>
    <message>
        <source>the statistics could not be computed</source>
        <translation>无法计算统计信息</translation>
    </message>
</context>
<context>
    <name>ckpt::StatusFilterBar</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Show or hide the keys whose status is &apos;%1&apos;</source>
        <translation>显示或隐藏状态为“%1”的键</translation>
    </message>
</context>
<context>
    <name>ckpt::Summary</name>
    <message>
        <source>DANGEROUS: torch.load would run code: %1</source>
        <translation>危险：torch.load 会运行代码：%1</translation>
    </message>
    <message>
        <source>DANGEROUS: code hidden where torch.load does not read but other loaders and tools do: %1</source>
        <translation>危险：代码藏在 torch.load 不读取、但其他加载器和工具会读取的位置：%1</translation>
    </message>
    <message>
        <source>suspicious structure: %1</source>
        <translation>可疑的结构：%1</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>safe: loads with torch.load(weights_only=True) in every torch from 1.13</source>
        <translation>安全：在 1.13 起的所有 torch 版本中都能用 torch.load(weights_only=True) 加载</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>two clauses of one sentence</comment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>safe: loads with torch.load(weights_only=True) in torch %1</source>
        <translation>安全：在 torch %1 中能用 torch.load(weights_only=True) 加载</translation>
    </message>
    <message>
        <source>%1 refuses it</source>
        <translation>%1 拒绝它</translation>
    </message>
    <message>
        <source>%1 refuses it (its unpickler lacks %2)</source>
        <translation>%1 拒绝它（其反序列化器不支持 %2）</translation>
    </message>
    <message>
        <source>%1 refuse it</source>
        <translation>%1 拒绝它</translation>
    </message>
    <message>
        <source>%1 refuse it (its unpickler lacks %2)</source>
        <translation>%1 拒绝它（其反序列化器不支持 %2）</translation>
    </message>
    <message>
        <source>in %1 it depends on the release (the allow-list grew during 2.x)</source>
        <translation>在 %1 中取决于具体版本（允许列表在 2.x 期间不断扩充）</translation>
    </message>
    <message>
        <source>needs code: DCP&apos;s pickle.load imports %1 (no dangerous globals)</source>
        <translation>需要代码：DCP 的 pickle.load 会导入 %1（没有危险的全局对象）</translation>
    </message>
    <message>
        <source>needs code: importing and calling %1 is what torch.load(weights_only=False) would do</source>
        <translation>需要代码：导入并调用 %1 正是 torch.load(weights_only=False) 会做的事</translation>
    </message>
    <message>
        <source>needs weights_only=False: opcodes %1</source>
        <translation>需要 weights_only=False：操作码 %1</translation>
    </message>
    <message>
        <source>not checked: shards missing (%1); the shards present hold nothing that needs code</source>
        <translation>未检查：缺少分片（%1）；现有分片中没有需要代码的内容</translation>
    </message>
    <message>
        <source>safe: no code can be stored in this format</source>
        <translation>安全：此格式无法存储代码</translation>
    </message>
    <message>
        <source>no dangerous globals</source>
        <translation>没有危险的全局对象</translation>
    </message>
    <message>
        <source>needs weights_only=False: %1</source>
        <translation>需要 weights_only=False：%1</translation>
    </message>
    <message>
        <source>safe: every file of the folder is safetensors, JSON or loads with torch.load(weights_only=True)</source>
        <translation>安全：文件夹中的每个文件都是 safetensors、JSON，或能用 torch.load(weights_only=True) 加载</translation>
    </message>
    <message>
        <source>not checked: some files of the folder could not be read</source>
        <translation>未检查：文件夹中有些文件无法读取</translation>
    </message>
</context>
<context>
    <name>ckpt::SummaryHeader</name>
    <message>
        <source>&lt;b&gt;No checkpoint open.&lt;/b&gt; Open one with File › Open, drop a file here, or try File › Open Example.</source>
        <translation>&lt;b&gt;未打开检查点。&lt;/b&gt;可通过 文件 › 打开 打开一个，把文件拖放到这里，或试试 文件 › 打开示例检查点。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — reading…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 正在读取…</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:12pt&apos;&gt;%1&lt;/b&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;%4&apos;&gt;&amp;nbsp;%2&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;%3 on disk</source>
        <translation>&lt;b style=&apos;font-size:12pt&apos;&gt;%1&lt;/b&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;%4&apos;&gt;&amp;nbsp;%2&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;磁盘上 %3</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp;&lt;span style=&apos;%1&apos;&gt;&amp;nbsp;Preview of the conversion: nothing written yet&amp;nbsp;&lt;/span&gt;</source>
        <translation>&amp;nbsp;&amp;nbsp;&lt;span style=&apos;%1&apos;&gt;&amp;nbsp;转换预览：尚未写入任何内容&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; tensors &amp;nbsp;·&amp;nbsp; &lt;b&gt;%2&lt;/b&gt; parameters &amp;nbsp;·&amp;nbsp; &lt;b&gt;%3&lt;/b&gt; used, %4 stored</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 个张量 &amp;nbsp;·&amp;nbsp; &lt;b&gt;%2&lt;/b&gt; 个参数 &amp;nbsp;·&amp;nbsp; 使用 &lt;b&gt;%3&lt;/b&gt;，存储 %4</translation>
    </message>
    <message>
        <source> &amp;nbsp;→&amp;nbsp; after the plan: &lt;b&gt;%1&lt;/b&gt; tensors &amp;nbsp;·&amp;nbsp; &lt;b&gt;%2&lt;/b&gt; parameters &amp;nbsp;·&amp;nbsp; &lt;b&gt;%3&lt;/b&gt; used</source>
        <translation> &amp;nbsp;→&amp;nbsp; 按计划执行后：&lt;b&gt;%1&lt;/b&gt; 个张量 &amp;nbsp;·&amp;nbsp; &lt;b&gt;%2&lt;/b&gt; 个参数 &amp;nbsp;·&amp;nbsp; 使用 &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>By dtype: %1 &amp;nbsp;&amp;nbsp;|&amp;nbsp;&amp;nbsp; By device: %2</source>
        <translation>按 dtype：%1 &amp;nbsp;&amp;nbsp;|&amp;nbsp;&amp;nbsp; 按设备：%2</translation>
    </message>
    <message>
        <source>DANGEROUS</source>
        <translation>危险</translation>
    </message>
    <message>
        <source>SUSPICIOUS</source>
        <translation>可疑</translation>
    </message>
    <message>
        <source>SAFE</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>NEEDS CODE</source>
        <translation>需要代码</translation>
    </message>
    <message>
        <source>Weights in fp32 %1 · fp16/bf16 %2 · int8 %3 · 4-bit %4 &amp;nbsp;&amp;nbsp;|&amp;nbsp;&amp;nbsp; Largest: %5 (%6)</source>
        <translation>权重：fp32 %1 · fp16/bf16 %2 · int8 %3 · 4-bit %4 &amp;nbsp;&amp;nbsp;|&amp;nbsp;&amp;nbsp; 最大张量：%5（%6）</translation>
    </message>
    <message>
        <source>NOT CHECKED</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>UNREADABLE</source>
        <translation>无法读取</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;LoRA adapter&lt;/b&gt; (%1): %n modules · rank %2 · alpha %3 (%4) · scale %5</source>
        <translation>
            <numerusform>&lt;b&gt;LoRA 适配器&lt;/b&gt;（%1）：%n 个模块 · 秩 %2 · alpha %3（%4）· 缩放 %5</numerusform>
        </translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>混合</translation>
    </message>
    <message>
        <source> · rsLoRA (alpha / √rank)</source>
        <translation> · rsLoRA（alpha / √秩）</translation>
    </message>
    <message>
        <source>%1: rank %2, alpha %3 (%4), scale %5</source>
        <translation>%1：秩 %2，alpha %3（%4），缩放 %5</translation>
    </message>
    <message>
        <source>… and %1 more (ckpt lora lists them all)</source>
        <translation>… 还有 %1 个（ckpt lora 会全部列出）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a fact of the file: its name, then its value</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ckpt::Tensor</name>
    <message>
        <source>chunked %1 tensors are not supported</source>
        <translation>不支持分块的 %1 张量</translation>
    </message>
    <message>
        <source>its DCP chunks could not be located (see the file&apos;s warnings)</source>
        <translation>找不到其 DCP 分块（参见该文件的警告）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a file, then why its bytes cannot be read</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>a chunk&apos;s bytes run past the end of %1</source>
        <translation>某个分块的字节超出了 %1 的末尾</translation>
    </message>
    <message>
        <source>a chunk&apos;s view reaches outside its storage in %1</source>
        <translation>某个分块的视图超出了其在 %1 中的 storage</translation>
    </message>
    <message>
        <source>record %1 is not in the zip directory</source>
        <translation>记录 %1 不在 zip 目录中</translation>
    </message>
    <message>
        <source>deflated record %1 is too large to inflate (%2 bytes, the limit is %3)</source>
        <translation>压缩记录 %1 太大，无法解压（%2 字节，上限为 %3）</translation>
    </message>
    <message>
        <source>cannot cast %1 to %2</source>
        <translation>无法将 %1 转换为 %2</translation>
    </message>
    <message>
        <source>writing stopped</source>
        <translation>写入已停止</translation>
    </message>
    <message>
        <source>tensor has no storage</source>
        <translation>张量没有 storage</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; is assembled from DCP chunks</source>
        <translation>storage &apos;%1&apos; 由 DCP 分块拼成</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; is shorter than its tensors say</source>
        <translation>storage &apos;%1&apos; 比其张量声明的短</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos;: %2</source>
        <translation>storage &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; is missing from the file</source>
        <translation>文件中缺少 storage &apos;%1&apos;</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; runs past the end of %2</source>
        <translation>storage &apos;%1&apos; 超出了 %2 的末尾</translation>
    </message>
    <message>
        <source>no such tensor</source>
        <translation>没有这个张量</translation>
    </message>
    <message>
        <source>no data in the file (%1 tensor)</source>
        <translation>文件中没有数据（%1 张量）</translation>
    </message>
    <message>
        <source>unknown dtype</source>
        <translation>未知的 dtype</translation>
    </message>
    <message>
        <source>invalid shape or strides</source>
        <translation>形状或步长无效</translation>
    </message>
    <message>
        <source>a view of a DCP tensor that is not the whole tensor</source>
        <translation>DCP 张量的视图不是整个张量</translation>
    </message>
    <message>
        <source>tensor reaches past the end of its storage</source>
        <translation>张量超出了其 storage 的末尾</translation>
    </message>
    <message>
        <source>per-channel quantization parameters not found</source>
        <translation>找不到逐通道量化参数</translation>
    </message>
    <message>
        <source>non-contiguous packed quantized tensor</source>
        <translation>不连续的打包量化张量</translation>
    </message>
    <message>
        <source>too many elements to read here (%1)</source>
        <translation>元素太多，无法在此读取（%1）</translation>
    </message>
</context>
<context>
    <name>ckpt::TensorStatsPanel</name>
    <message>
        <source>Log counts</source>
        <translation>对数计数</translation>
    </message>
    <message>
        <source>Exponential bins</source>
        <translation>指数分箱</translation>
    </message>
    <message>
        <source>Bins: </source>
        <translation>分箱数：</translation>
    </message>
    <message>
        <source>TensorBoard&apos;s fixed buckets ±1e-12·1.1^k</source>
        <translation>TensorBoard 的固定分桶 ±1e-12·1.1^k</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the histogram as PNG, SVG or PDF</source>
        <translation>将直方图保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Computing… %1%</source>
        <translation>正在计算… %1%</translation>
    </message>
    <message>
        <source>Statistics unavailable: %1</source>
        <translation>统计信息不可用：%1</translation>
    </message>
    <message>
        <source>Select a tensor to see its statistics.</source>
        <translation>选择一个张量以查看其统计信息。</translation>
    </message>
    <message>
        <source>Computing statistics…</source>
        <translation>正在计算统计信息…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>No statistics: %1</source>
        <translation>无统计信息：%1</translation>
    </message>
    <message>
        <source>std as torch.std() reports it: with Bessel&apos;s correction (divided by n − 1)</source>
        <translation>与 torch.std() 一致的标准差：带贝塞尔校正（除以 n − 1）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;min %3 &amp;nbsp; max %4 &amp;nbsp; mean %5&lt;br&gt;std %6 &amp;nbsp; |mean| %7 &amp;nbsp; zeros %8 &amp;nbsp; NaN %9 &amp;nbsp; Inf %10%11&lt;br&gt;&lt;small&gt;%12&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;最小 %3 &amp;nbsp; 最大 %4 &amp;nbsp; 均值 %5&lt;br&gt;标准差 %6 &amp;nbsp; |均值| %7 &amp;nbsp; 零 %8 &amp;nbsp; NaN %9 &amp;nbsp; Inf %10%11&lt;br&gt;&lt;small&gt;%12&lt;/small&gt;</translation>
    </message>
    <message>
        <source>No finite values</source>
        <translation>没有有限值</translation>
    </message>
    <message>
        <source>Export Histogram</source>
        <translation>导出直方图</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>ckpt::Training</name>
    <message>
        <source>larger than %1 MB</source>
        <comment>a trainer_state.json too large to read</comment>
        <translation>大于 %1 MB</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>no log_history</source>
        <translation>没有 log_history</translation>
    </message>
</context>
<context>
    <name>ckpt::TrainingDock</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>index in list</source>
        <translation>列表中的索引</translation>
    </message>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
</context>
<context>
    <name>ckpt::TreeRows</name>
    <message>
        <source>%1 · 1 key</source>
        <translation>%1 · 1 个键</translation>
    </message>
    <message>
        <source>%1 · %2 keys</source>
        <translation>%1 · %2 个键</translation>
    </message>
    <message>
        <source>%1 · 1 item</source>
        <translation>%1 · 1 项</translation>
    </message>
    <message>
        <source>%1 · %2 items</source>
        <translation>%1 · %2 项</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>buffer</source>
        <translation>缓冲区</translation>
    </message>
    <message>
        <source>tensor</source>
        <translation>张量</translation>
    </message>
    <message>
        <source>quantized %1</source>
        <translation>量化%1</translation>
    </message>
    <message>
        <source>global %1</source>
        <translation>全局名 %1</translation>
    </message>
</context>
<context>
    <name>ckpt::WeightsOnlyDoctor</name>
    <message>
        <source>the training script&apos;s command-line arguments (argparse.Namespace): plain data</source>
        <translation>训练脚本的命令行参数（argparse.Namespace）：纯数据</translation>
    </message>
    <message>
        <source>one NumPy number (numpy.float64(0.5), numpy.int64(3) ...): plain data</source>
        <translation>一个 NumPy 数（numpy.float64(0.5)、numpy.int64(3) ...）：纯数据</translation>
    </message>
    <message>
        <source>a NumPy dtype (float32, int64 ...), written with every NumPy number and array: plain data</source>
        <translation>NumPy dtype（float32、int64 ...），随每个 NumPy 数和数组写入：纯数据</translation>
    </message>
    <message>
        <source>rebuilds a NumPy array from its bytes: plain data</source>
        <translation>从字节重建 NumPy 数组：纯数据</translation>
    </message>
    <message>
        <source>the NumPy array class, named by every pickled array: plain data</source>
        <translation>NumPy 数组类，每个 pickle 的数组都会引用它：纯数据</translation>
    </message>
    <message>
        <source>a file system path (pathlib): plain data</source>
        <translation>文件系统路径（pathlib）：纯数据</translation>
    </message>
    <message>
        <source>Lightning&apos;s hyper-parameter dict (AttributeDict, a dict subclass): plain data</source>
        <translation>Lightning 的超参数字典（AttributeDict，dict 子类）：纯数据</translation>
    </message>
    <message>
        <source>a dict with a default factory (collections.defaultdict): plain data</source>
        <translation>带默认工厂的字典（collections.defaultdict）：纯数据</translation>
    </message>
    <message>
        <source>an OmegaConf (Hydra) config container: plain data</source>
        <translation>OmegaConf（Hydra）配置容器：纯数据</translation>
    </message>
    <message>
        <source>in newer PyTorch&apos;s weights_only allow-list (1.13&apos;s lacks it): plain data</source>
        <translation>在较新 PyTorch 的 weights_only 允许列表中（1.13 的列表没有）：纯数据</translation>
    </message>
    <message>
        <source>bytes, as Python 3 pickles them (_codecs.encode): in newer PyTorch&apos;s weights_only allow-list, 1.13&apos;s lacks it</source>
        <translation>bytes，Python 3 以此方式 pickle 它们（_codecs.encode）：在较新 PyTorch 的 weights_only 允许列表中，1.13 的列表没有</translation>
    </message>
    <message>
        <source>a class of the script that saved the file (__main__): a whole object such as a model, which needs its class&apos;s code to load</source>
        <translation>保存该文件的脚本中的类（__main__）：一个完整对象（例如模型），加载时需要其类的代码</translation>
    </message>
    <message>
        <source>a whole torch.nn module (the model object, not its state_dict): it needs its class&apos;s code to load</source>
        <translation>完整的 torch.nn 模块（模型对象本身，而不是它的 state_dict）：加载时需要其类的代码</translation>
    </message>
    <message>
        <source>a TorchScript class: torch.jit.load builds it from the archive&apos;s code</source>
        <translation>TorchScript 类：torch.jit.load 根据归档中的代码构建它</translation>
    </message>
    <message>
        <source>a class or function of %1 that is not on the vetted list of plain-data classes: loading it needs its code (weights_only=False)</source>
        <translation>%1 中的类或函数，不在经审核的纯数据类列表中：加载它需要其代码（weights_only=False）</translation>
    </message>
</context>
<context>
    <name>ckpt::WelcomePage</name>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Folder of checkpoints</source>
        <translation>检查点文件夹</translation>
    </message>
    <message>
        <source>&amp;Recent files and folders:</source>
        <translation>最近的文件和文件夹(&amp;R)：</translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation>还没有最近的文件。</translation>
    </message>
    <message>
        <source>Checkpoint Inspector</source>
        <translation>Checkpoint Inspector</translation>
    </message>
    <message>
        <source>Look inside PyTorch checkpoints without running them: nothing in a file is ever imported or executed.</source>
        <translation>查看 PyTorch 检查点的内部而无需运行它们：文件中的任何内容都不会被导入或执行。</translation>
    </message>
    <message>
        <source>Drop a checkpoint here to open it, or two to compare them.</source>
        <translation>将一个检查点拖到这里即可打开，拖入两个即可比较。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Recent files and folders</source>
        <translation>最近的文件和文件夹</translation>
    </message>
</context>
</TS>
