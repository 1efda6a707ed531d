<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CompareSummary</name>
    <message>
        <source>Nothing to compare: neither side has tensors under its root.</source>
        <translation>Nichts zu vergleichen: Keine Seite hat Tensoren unter ihrer Wurzel.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; same, &lt;b&gt;%2&lt;/b&gt; changed, &lt;b&gt;%3&lt;/b&gt; only in A, &lt;b&gt;%4&lt;/b&gt; only in B</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; gleich, &lt;b&gt;%2&lt;/b&gt; geändert, &lt;b&gt;%3&lt;/b&gt; nur in A, &lt;b&gt;%4&lt;/b&gt; nur in B</translation>
    </message>
    <message>
        <source>, &lt;b&gt;%1&lt;/b&gt; shape or dtype differs</source>
        <translation>, bei &lt;b&gt;%1&lt;/b&gt; weicht Shape oder dtype ab</translation>
    </message>
    <message numerus="yes">
        <source>; %n scalar(s) differ</source>
        <translation>
            <numerusform>; %n Skalar weicht ab</numerusform>
            <numerusform>; %n Skalare weichen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>No key of A matches a key of B: choose each side&apos;s root and prefix above, or Auto.</source>
        <translation>Kein Schlüssel von A passt zu einem Schlüssel von B: Wählen Sie oben Wurzel und Präfix jeder Seite, oder „Automatisch“.</translation>
    </message>
    <message numerus="yes">
        <source>%n scalar(s) differ (%1)</source>
        <translation>
            <numerusform>%n Skalar weicht ab (%1)</numerusform>
            <numerusform>%n Skalare weichen ab (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s) are in one file only</source>
        <translation>
            <numerusform>%n Tensor ist nur in einer Datei</numerusform>
            <numerusform>%n Tensoren sind nur in einer Datei</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Same weights, different metadata:&lt;/b&gt; every tensor both files hold is identical, but %1. Is one file a copy of the other (best.pt of the last epoch)?</source>
        <translation>&lt;b&gt;Gleiche Gewichte, andere Metadaten:&lt;/b&gt; Jeder Tensor, den beide Dateien enthalten, ist identisch, aber %1. Ist eine Datei eine Kopie der anderen (best.pt der letzten Epoche)?</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Identical: every tensor and scalar is the same.</source>
        <translation>Identisch: Jeder Tensor und jeder Skalar ist gleich.</translation>
    </message>
</context>
<context>
    <name>DetailsHtml</name>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>Buffer</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>Tensor</translation>
    </message>
    <message>
        <source>dtype</source>
        <translation>dtype</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>Shape</translation>
    </message>
    <message>
        <source>elements</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>strides</source>
        <translation>Strides</translation>
    </message>
    <message>
        <source>contiguous</source>
        <translation>zusammenhängend (contiguous)</translation>
    </message>
    <message>
        <source>device as saved</source>
        <translation>Device beim Speichern</translation>
    </message>
    <message>
        <source>requires_grad</source>
        <translation>requires_grad</translation>
    </message>
    <message>
        <source>subclass</source>
        <translation>Unterklasse</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <source>storage key</source>
        <translation>Storage-Schlüssel</translation>
    </message>
    <message>
        <source>storage offset</source>
        <translation>Storage-Offset</translation>
    </message>
    <message>
        <source>%1 elements</source>
        <translation>%1 Elemente</translation>
    </message>
    <message>
        <source>bytes used / stored</source>
        <translation>Bytes genutzt / gespeichert</translation>
    </message>
    <message>
        <source>at file offset</source>
        <translation>bei Datei-Offset</translation>
    </message>
    <message>
        <source> (compressed)</source>
        <translation> (komprimiert)</translation>
    </message>
    <message>
        <source>in file</source>
        <translation>in Datei</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>shares storage with</source>
        <translation>teilt Storage mit</translation>
    </message>
    <message>
        <source>rebuilt by</source>
        <translation>rekonstruiert durch</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>, … (%1 of %2 shown)</source>
        <translation>, … (%1 von %2 angezeigt)</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>tensors below</source>
        <translation>Tensoren darunter</translation>
    </message>
    <message>
        <source>parameters below</source>
        <translation>Parameter darunter</translation>
    </message>
    <message>
        <source>bytes below</source>
        <translation>Bytes darunter</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>args</source>
        <translation>args</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <source>Source embedded in the file (shown, never run)</source>
        <translation>In der Datei eingebetteter Quelltext (angezeigt, nie ausgeführt)</translation>
    </message>
    <message>
        <source>%1 bytes: %2</source>
        <translation>%1 Bytes: %2</translation>
    </message>
    <message>
        <source>%1 at offsets %2, sizes %3: bytes %4..%5 (data at %6)</source>
        <translation>%1 bei Offsets %2, Größen %3: Bytes %4..%5 (Daten bei %6)</translation>
    </message>
    <message>
        <source>DCP chunks</source>
        <translation>DCP-Chunks</translation>
    </message>
    <message>
        <source>not located (see the file&apos;s warnings)</source>
        <translation>nicht gefunden (siehe die Warnungen der Datei)</translation>
    </message>
    <message>
        <source>The archive has no code for this class.</source>
        <translation>Das Archiv enthält keinen Code für diese Klasse.</translation>
    </message>
    <message>
        <source>TorchScript code (shown below, never run)</source>
        <translation>TorchScript-Code (unten angezeigt, nie ausgeführt)</translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>, Zeile %1</translation>
    </message>
    <message>
        <source>Used in the code as CONSTANTS.c%1</source>
        <translation>Im Code verwendet als CONSTANTS.c%1</translation>
    </message>
    <message>
        <source>No line of the archive&apos;s code uses it.</source>
        <translation>Keine Zeile im Code des Archivs verwendet sie.</translation>
    </message>
    <message>
        <source>NumPy array (numpy.ndarray %1)</source>
        <translation>NumPy-Array (numpy.ndarray %1)</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Grouped by module: each key below begins with &apos;%1&apos;. Select a key to see its tensor.</source>
        <translation>Nach Modul gruppiert: jeder Schlüssel darunter beginnt mit &apos;%1&apos;. Wählen Sie einen Schlüssel, um seinen Tensor zu sehen.</translation>
    </message>
</context>
<context>
    <name>FileFilters</name>
    <message>
        <source>Checkpoints</source>
        <translation>Checkpoints</translation>
    </message>
    <message>
        <source>Checkpoints of one run</source>
        <translation>Checkpoints eines Laufs</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>not loaded (nothing has needed it yet)</source>
        <translation>nicht geladen (bisher nicht gebraucht)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checkpoint Inspector&lt;/b&gt; %1&lt;p&gt;Look inside PyTorch checkpoints without running them: nothing in a file is ever imported or executed.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (built with %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;QCustomPlot&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LibTorch&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Commit&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;b&gt;Checkpoint Inspector&lt;/b&gt; %1&lt;p&gt;Blickt in PyTorch-Checkpoints, ohne sie auszuführen: aus einer Datei wird nie etwas importiert oder ausgeführt.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (gebaut mit %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;QCustomPlot&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LibTorch&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Commit&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>TensorPreview</name>
    <message>
        <source>quantized: dequantized values (scale × (stored integer − zero point))</source>
        <translation>quantisiert: dequantisierte Werte (Scale × (gespeicherte Ganzzahl − Zero Point))</translation>
    </message>
</context>
<context>
    <name>ckpt::AlignmentBar</name>
    <message>
        <source>(whole file)</source>
        <translation>(ganze Datei)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
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
        <translation>&amp;Wurzel:</translation>
    </message>
    <message>
        <source>Strip &amp;prefix:</source>
        <translation>&amp;Präfix entfernen:</translation>
    </message>
    <message>
        <source>The subtree of this file that is compared; its keys are taken from there</source>
        <translation>Der Teilbaum dieser Datei, der verglichen wird; die Schlüssel werden von dort genommen</translation>
    </message>
    <message>
        <source>Removed from the start of this side&apos;s keys (DataParallel&apos;s module. ...)</source>
        <translation>Wird am Anfang der Schlüssel dieser Seite entfernt (module. von DataParallel ...)</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Align both sides as the load check finds them: each side&apos;s state_dict, and the prefix that maps B&apos;s keys onto A&apos;s</source>
        <translation>Beide Seiten so ausrichten, wie die Ladeprüfung sie findet: das state_dict jeder Seite und das Präfix, das die Schlüssel von B auf die von A abbildet</translation>
    </message>
    <message>
        <source>aligned automatically</source>
        <translation>automatisch ausgerichtet</translation>
    </message>
    <message>
        <source>aligned by hand</source>
        <translation>von Hand ausgerichtet</translation>
    </message>
</context>
<context>
    <name>ckpt::CastWarnings</name>
    <message>
        <source>Reading the values the casts change…</source>
        <translation>Die Werte, die die Umwandlungen ändern, werden gelesen…</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>nicht gelesen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of the cast tensors lose values: finite values become inf, or non-zero values become 0.</source>
        <translation>
            <numerusform>%n umgewandelter Tensor verliert Werte: endliche Werte werden inf oder Werte ungleich null werden 0.</numerusform>
            <numerusform>%n der umgewandelten Tensoren verlieren Werte: endliche Werte werden inf oder Werte ungleich null werden 0.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No value of the %n cast tensors overflows or underflows; the largest rounding error is %1.</source>
        <translation>
            <numerusform>Kein Wert des %n umgewandelten Tensors läuft über oder unter; der größte Rundungsfehler ist %1.</numerusform>
            <numerusform>Kein Wert der %n umgewandelten Tensoren läuft über oder unter; der größte Rundungsfehler ist %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>Tensor</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>Umwandlung</translation>
    </message>
    <message>
        <source>Overflow</source>
        <translation>Überlauf</translation>
    </message>
    <message>
        <source>Underflow</source>
        <translation>Unterlauf</translation>
    </message>
    <message>
        <source>Max |error|</source>
        <translation>Max. |Fehler|</translation>
    </message>
    <message>
        <source>Finite values that become ±inf</source>
        <translation>Endliche Werte, die ±inf werden</translation>
    </message>
    <message>
        <source>Non-zero values that become 0</source>
        <translation>Werte ungleich null, die 0 werden</translation>
    </message>
    <message>
        <source>The largest |cast − value| over the values that stay finite</source>
        <translation>Das größte |Umgewandelt − Wert| über die Werte, die endlich bleiben</translation>
    </message>
    <message>
        <source>Keep These in Their dtype</source>
        <translation>Diese in ihrem dtype belassen</translation>
    </message>
    <message>
        <source>Add a step that leaves the tensors that lose values in their dtype</source>
        <translation>Einen Schritt hinzufügen, der die Tensoren, die Werte verlieren, in ihrem dtype belässt</translation>
    </message>
</context>
<context>
    <name>ckpt::Check</name>
    <message>
        <source>the fixes could not be checked: %1</source>
        <translation>die Korrekturen konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>the reference does not name the model&apos;s class: &apos;%1&apos; stands in for it in PyTorch&apos;s message (--model-class NAME)</source>
        <translation>die Referenz nennt die Klasse des Modells nicht: In der Meldung von PyTorch steht &apos;%1&apos; stellvertretend dafür (--model-class NAME)</translation>
    </message>
    <message>
        <source>BatchNorm sets %1 to 0: the checkpoint has no version &gt;= 2 for it in _metadata</source>
        <translation>BatchNorm setzt %1 auf 0: Der Checkpoint hat dafür keine Version &gt;= 2 in _metadata</translation>
    </message>
    <message>
        <source>load_state_dict never looks at %1 (a submodule&apos;s own name, or below a parameter)</source>
        <translation>load_state_dict beachtet %1 nie (der eigene Name eines Untermoduls oder unterhalb eines Parameters)</translation>
    </message>
    <message>
        <source>%1: the model holds a 0-d tensor, the checkpoint a 1-d one; element 0 is copied</source>
        <translation>%1: Das Modell enthält einen 0-d-Tensor, der Checkpoint einen 1-d-Tensor; Element 0 wird kopiert</translation>
    </message>
    <message numerus="yes">
        <source>%n non-string keys in the state_dict are not looked at here (load_state_dict fails on them)</source>
        <translation>
            <numerusform>%n Schlüssel im state_dict, der kein String ist, wird hier nicht betrachtet (load_state_dict scheitert daran)</numerusform>
            <numerusform>%n Schlüssel im state_dict, die keine Strings sind, werden hier nicht betrachtet (load_state_dict scheitert daran)</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds a state_dict too (--state-dict %1)</source>
        <translation>&apos;%1&apos; enthält ebenfalls ein state_dict (--state-dict %1)</translation>
    </message>
    <message>
        <source>TorchScript keeps every buffer, also those registered with persistent=False: %1 are only missing if the model class saves them</source>
        <translation>TorchScript behält jeden Buffer, auch die mit persistent=False registrierten: %1 fehlen nur, wenn die Modellklasse sie speichert</translation>
    </message>
    <message>
        <source>a pickled %1 object, not a state_dict</source>
        <translation>ein gepickeltes %1-Objekt, kein state_dict</translation>
    </message>
    <message>
        <source>no state_dict in the file (no dict holds tensors)</source>
        <translation>kein state_dict in der Datei (kein dict enthält Tensoren)</translation>
    </message>
    <message>
        <source>ckpt convert does not rewrite TorchScript archives: no fixes are offered</source>
        <translation>ckpt convert schreibt keine TorchScript-Archive um: Es werden keine Korrekturen angeboten</translation>
    </message>
    <message>
        <source>%1 (DataParallel / DistributedDataParallel)</source>
        <translation>%1 (DataParallel / DistributedDataParallel)</translation>
    </message>
    <message>
        <source>%1 (torch.compile)</source>
        <translation>%1 (torch.compile)</translation>
    </message>
    <message>
        <source>%1 (a wrapper&apos;s attribute, as in Lightning)</source>
        <translation>%1 (das Attribut eines Wrappers, wie in Lightning)</translation>
    </message>
    <message numerus="yes">
        <source>replace the key prefix %1 with %2 (%n keys then match the model)</source>
        <translation>
            <numerusform>das Schlüsselpräfix %1 durch %2 ersetzen (dann passt %n Schlüssel zum Modell)</numerusform>
            <numerusform>das Schlüsselpräfix %1 durch %2 ersetzen (dann passen %n Schlüssel zum Modell)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>strip the key prefix %1 (%n keys then match the model)</source>
        <translation>
            <numerusform>das Schlüsselpräfix %1 entfernen (dann passt %n Schlüssel zum Modell)</numerusform>
            <numerusform>das Schlüsselpräfix %1 entfernen (dann passen %n Schlüssel zum Modell)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>add the key prefix %1: the model&apos;s keys have it (%n keys then match)</source>
        <translation>
            <numerusform>das Schlüsselpräfix %1 hinzufügen: Die Schlüssel des Modells haben es (dann passt %n Schlüssel)</numerusform>
            <numerusform>das Schlüsselpräfix %1 hinzufügen: Die Schlüssel des Modells haben es (dann passen %n Schlüssel)</numerusform>
        </translation>
    </message>
    <message>
        <source>the state_dict is %1: extract it as the file&apos;s root (or load %2)</source>
        <translation>das state_dict ist %1: Es als Wurzel der Datei extrahieren (oder %2 laden)</translation>
    </message>
    <message>
        <source>rename &apos;%1&apos; to &apos;%2&apos;: %3 -&gt; %4 (same shapes)</source>
        <translation>&apos;%1&apos; in &apos;%2&apos; umbenennen: %3 -&gt; %4 (gleiche Shapes)</translation>
    </message>
    <message>
        <source>no key of the checkpoint names one of the model&apos;s, even after the fixes above: it does not look like a checkpoint of this model, so dropping its keys is not offered</source>
        <translation>kein Schlüssel des Checkpoints nennt einen des Modells, auch nach den Korrekturen oben nicht: Er sieht nicht wie ein Checkpoint dieses Modells aus, daher wird das Entfernen seiner Schlüssel nicht angeboten</translation>
    </message>
    <message numerus="yes">
        <source>drop %n key(s) the model does not have: %1</source>
        <translation>
            <numerusform>%n Schlüssel entfernen, den das Modell nicht hat: %1</numerusform>
            <numerusform>%n Schlüssel entfernen, die das Modell nicht hat: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 in the checkpoint, %3 in the model</source>
        <translation>%1 %2 im Checkpoint, %3 im Modell</translation>
    </message>
    <message>
        <source>%1 is not a tensor</source>
        <translation>%1 ist kein Tensor</translation>
    </message>
    <message>
        <source>drop what does not fit the model (%1), then load with strict=False: the model keeps its own initialisation of %2</source>
        <translation>entfernen, was nicht zum Modell passt (%1), dann mit strict=False laden: Das Modell behält für %2 seine eigene Initialisierung</translation>
    </message>
    <message numerus="yes">
        <source>%n non-tensor entries of the reference are not model keys: %1</source>
        <translation>
            <numerusform>%n Eintrag der Referenz, der kein Tensor ist, ist kein Modellschlüssel: %1</numerusform>
            <numerusform>%n Einträge der Referenz, die keine Tensoren sind, sind keine Modellschlüssel: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>safetensors does not keep the model&apos;s key order: lists follow the file&apos;s order, not PyTorch&apos;s</source>
        <translation>safetensors bewahrt die Schlüsselreihenfolge des Modells nicht: Die Listen folgen der Reihenfolge der Datei, nicht der von PyTorch</translation>
    </message>
    <message>
        <source>the file itself</source>
        <comment>where the state_dict is</comment>
        <translation>die Datei selbst</translation>
    </message>
    <message>
        <source>Lightning&apos;s %1</source>
        <comment>%1 is a key path such as &apos;state_dict&apos;</comment>
        <translation>%1 von Lightning</translation>
    </message>
    <message>
        <source>%1 (the dict with the most tensors)</source>
        <translation>%1 (das dict mit den meisten Tensoren)</translation>
    </message>
    <message>
        <source>%1 (as asked)</source>
        <comment>a state_dict path given by the user</comment>
        <translation>%1 (wie angegeben)</translation>
    </message>
</context>
<context>
    <name>ckpt::CheckpointDocument</name>
    <message>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>ckpt::CheckpointTreeModel</name>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message>
        <source>(encloses itself: not expanded)</source>
        <translation>(enthält sich selbst: nicht aufgeklappt)</translation>
    </message>
    <message>
        <source>%1 elements</source>
        <translation>%1 Elemente</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Kind or class</source>
        <translation>Art oder Klasse</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Shape</translation>
    </message>
    <message>
        <source>DType</source>
        <translation>dtype</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message numerus="yes">
        <source>module · %n tensor(s)</source>
        <translation>
            <numerusform>Modul · %n Tensor</numerusform>
            <numerusform>Modul · %n Tensoren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ckpt::CheckpointTreeView</name>
    <message>
        <source>Drop from Conversion</source>
        <translation>Aus der Konvertierung entfernen</translation>
    </message>
    <message>
        <source>Keep Only These in Conversion</source>
        <translation>Nur diese in der Konvertierung behalten</translation>
    </message>
    <message>
        <source>Extract as New Root</source>
        <translation>Als neue Wurzel extrahieren</translation>
    </message>
    <message>
        <source>Copy Key</source>
        <translation>Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Copy Full Path</source>
        <translation>Vollständigen Pfad kopieren</translation>
    </message>
    <message>
        <source>Expand Subtree</source>
        <translation>Teilbaum aufklappen</translation>
    </message>
    <message>
        <source>Collapse Subtree</source>
        <translation>Teilbaum zuklappen</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <source>Keep Only</source>
        <translation>Nur behalten</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Herauslösen</translation>
    </message>
    <message>
        <source>Drop the rows selected in the tree from the conversion</source>
        <translation>Die im Baum gewählten Zeilen aus der Konvertierung weglassen</translation>
    </message>
    <message>
        <source>Keep only the rows selected in the tree (with their parents) in the conversion</source>
        <translation>Nur die im Baum gewählten Zeilen (mit ihren Eltern) in der Konvertierung behalten</translation>
    </message>
    <message>
        <source>Make the subtree selected in the tree the root of the converted file</source>
        <translation>Den im Baum gewählten Teilbaum zur Wurzel der konvertierten Datei machen</translation>
    </message>
</context>
<context>
    <name>ckpt::CompareDock</name>
    <message>
        <source>Comparison cancelled.</source>
        <translation>Vergleich abgebrochen.</translation>
    </message>
    <message>
        <source>(no file open)</source>
        <translation>(keine Datei geöffnet)</translation>
    </message>
    <message>
        <source>(choose File &gt; Compare With…)</source>
        <translation>(Datei &gt; Vergleichen mit… wählen)</translation>
    </message>
    <message>
        <source>A: %1    B: %2</source>
        <translation>A: %1    B: %2</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Scalars (%1)</source>
        <translation>Skalare (%1)</translation>
    </message>
    <message>
        <source>Scalars</source>
        <translation>Skalare</translation>
    </message>
    <message>
        <source>Choose a key to see A&apos;s and B&apos;s values on the same bins</source>
        <translation>Wählen Sie einen Schlüssel, um die Werte von A und B auf denselben Bins zu sehen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 has no finite values to count</source>
        <translation>%1 hat keine endlichen Werte zum Zählen</translation>
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
        <translation>Größte Änderungen zuerst</translation>
    </message>
    <message>
        <source>Order the tensors by their relative change instead of the model&apos;s order</source>
        <translation>Die Tensoren nach ihrer relativen Änderung statt in der Reihenfolge des Modells ordnen</translation>
    </message>
    <message>
        <source>Load check</source>
        <translation>Ladeprüfung</translation>
    </message>
    <message>
        <source>Change per tensor</source>
        <translation>Änderung je Tensor</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message>
        <source>A&apos;s and B&apos;s values of the chosen key, counted on the same bins</source>
        <translation>Die Werte von A und B zum gewählten Schlüssel, auf denselben Bins gezählt</translation>
    </message>
</context>
<context>
    <name>ckpt::Convert</name>
    <message>
        <source>the result cannot be pickled: %1</source>
        <translation>das Ergebnis lässt sich nicht pickeln: %1</translation>
    </message>
    <message>
        <source>%1 (%2, at %3)</source>
        <comment>a global still refused: its name, its class, where it is</comment>
        <translation>%1 (%2, bei %3)</translation>
    </message>
    <message>
        <source>still refused by weights_only: %1; drop those subtrees or extract the state_dict in the same plan</source>
        <translation>von weights_only weiterhin abgelehnt: %1; entfernen Sie diese Teilbäume oder extrahieren Sie das state_dict im selben Plan</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a step, then why it could not be applied</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>empty prefix: nothing to do</source>
        <translation>leeres Präfix: nichts zu tun</translation>
    </message>
    <message>
        <source>no node at &apos;%1&apos;</source>
        <translation>kein Knoten bei &apos;%1&apos;</translation>
    </message>
    <message>
        <source>renamed</source>
        <comment>a rename step&apos;s outcome</comment>
        <translation>umbenannt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the new root</source>
        <translation>&apos;%1&apos; ist die neue Wurzel</translation>
    </message>
    <message>
        <source>can only cast to float16, bfloat16 or float32</source>
        <translation>kann nur in float16, bfloat16 oder float32 umwandeln</translation>
    </message>
    <message>
        <source>nothing to rewrite</source>
        <translation>nichts umzuschreiben</translation>
    </message>
    <message>
        <source>rewrote %1</source>
        <comment>the weights_only rewrites: what became what</comment>
        <translation>umgeschrieben: %1</translation>
    </message>
    <message>
        <source>the root is not a dict: nothing dropped</source>
        <translation>die Wurzel ist kein Dict: nichts entfernt</translation>
    </message>
    <message>
        <source>no training state found</source>
        <translation>kein Trainingszustand gefunden</translation>
    </message>
    <message>
        <source>dropped %1</source>
        <comment>the keys a drop-training-state step dropped</comment>
        <translation>entfernt: %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>what a step did; what is still wrong</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>verification failed: the written file does not open: %1</source>
        <translation>Prüfung fehlgeschlagen: Die geschriebene Datei lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>verification failed: the written file reads as %1, not %2</source>
        <translation>Prüfung fehlgeschlagen: Die geschriebene Datei liest sich als %1, nicht als %2</translation>
    </message>
    <message>
        <source>verification failed: the written file holds %1 tensors, expected %2 (or they differ)</source>
        <translation>Prüfung fehlgeschlagen: Die geschriebene Datei enthält %1 Tensoren, erwartet waren %2 (oder sie weichen ab)</translation>
    </message>
    <message>
        <source>verification failed: tensor &apos;%1&apos; reads back different bytes</source>
        <translation>Prüfung fehlgeschlagen: Tensor &apos;%1&apos; liest andere Bytes zurück</translation>
    </message>
    <message>
        <source>verification failed: tensor &apos;%1&apos; %2</source>
        <comment>the tensor, then why it cannot be read</comment>
        <translation>Prüfung fehlgeschlagen: Tensor &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>refusing to write over the source file %1</source>
        <translation>die Quelldatei %1 wird nicht überschrieben</translation>
    </message>
    <message>
        <source>refusing to write over the source file</source>
        <translation>die Quelldatei wird nicht überschrieben</translation>
    </message>
    <message>
        <source>shard %1 of %2 (%3): %4</source>
        <translation>Shard %1 von %2 (%3): %4</translation>
    </message>
    <message>
        <source>renaming shard %1 into place failed (%2); %3 shards were replaced, the index was not written</source>
        <translation>Shard %1 ließ sich nicht an seinen Platz umbenennen (%2); %3 Shards wurden ersetzt, der Index wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>verification failed: the written index does not open as its %1 tensors (%2)</source>
        <translation>Prüfung fehlgeschlagen: Der geschriebene Index öffnet sich nicht als seine %1 Tensoren (%2)</translation>
    </message>
    <message>
        <source>no edit plan applied</source>
        <translation>kein Bearbeitungsplan angewandt</translation>
    </message>
    <message>
        <source>a %1 folder is written as one data file: shards are written for torch and safetensors</source>
        <translation>ein %1-Ordner wird als eine Datendatei geschrieben: Shards gibt es für torch und safetensors</translation>
    </message>
    <message>
        <source>a %1 is one file: shards are written for torch and safetensors</source>
        <translation>ein %1 ist eine einzige Datei: Shards gibt es für torch und safetensors</translation>
    </message>
    <message>
        <source>the state is nested more than %1 deep at %2</source>
        <translation>der Zustand ist bei %2 mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>a %1 key at the root: DCP names items by str(key), written only for string, int, bool and None keys</source>
        <translation>ein %1-Schlüssel in der Wurzel: DCP benennt Elemente mit str(key) und schreibt nur Schlüssel vom Typ string, int, bool und None</translation>
    </message>
    <message>
        <source>a %1 key at %2: DCP names items by str(key), written only for string, int, bool and None keys</source>
        <translation>ein %1-Schlüssel bei %2: DCP benennt Elemente mit str(key) und schreibt nur Schlüssel vom Typ string, int, bool und None</translation>
    </message>
    <message>
        <source>%1 and %2 would both be stored as &apos;%3&apos; (DCP joins a path with &apos;.&apos;)</source>
        <translation>%1 und %2 würden beide als &apos;%3&apos; gespeichert (DCP verbindet einen Pfad mit &apos;.&apos;)</translation>
    </message>
    <message>
        <source>DCP saves a dict of state; this checkpoint&apos;s root is a %1 (--extract a dict in it)</source>
        <translation>DCP speichert ein Dict mit Zustand; die Wurzel dieses Checkpoints ist ein %1 (ein Dict darin mit --extract wählen)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a DCP item&apos;s name, then why it could not be written</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n empty dicts are not stored (DCP keeps leaves only): %1</source>
        <translation>
            <numerusform>%n leeres Dict wird nicht gespeichert (DCP speichert nur Blätter): %1</numerusform>
            <numerusform>%n leere Dicts werden nicht gespeichert (DCP speichert nur Blätter): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a DCP folder has no place for metadata: %n not recorded</source>
        <comment>metadata entries</comment>
        <translation>
            <numerusform>ein DCP-Ordner hat keinen Platz für Metadaten: %n Eintrag nicht gespeichert</numerusform>
            <numerusform>ein DCP-Ordner hat keinen Platz für Metadaten: %n Einträge nicht gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a DCP folder cannot hold %n tensors (quantized, meta or of a dtype torch.save storages do not name): %1</source>
        <translation>
            <numerusform>ein DCP-Ordner kann %n Tensor nicht aufnehmen (quantisiert, meta oder von einem dtype, den torch.save-Storages nicht kennen): %1</numerusform>
            <numerusform>ein DCP-Ordner kann %n Tensoren nicht aufnehmen (quantisiert, meta oder von einem dtype, den torch.save-Storages nicht kennen): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>map every device -&gt; %1</source>
        <comment>a step</comment>
        <translation>alle Geräte -&gt; %1 abbilden</translation>
    </message>
    <message>
        <source>map %1 -&gt; %2</source>
        <comment>a step: devices</comment>
        <translation>%1 -&gt; %2 abbilden</translation>
    </message>
    <message>
        <source>keep only regex %1</source>
        <comment>a step</comment>
        <translation>nur Regex %1 behalten</translation>
    </message>
    <message>
        <source>keep only %1</source>
        <comment>a step: glob patterns</comment>
        <translation>nur %1 behalten</translation>
    </message>
    <message>
        <source>drop regex %1</source>
        <comment>a step</comment>
        <translation>Regex %1 entfernen</translation>
    </message>
    <message>
        <source>drop %1</source>
        <comment>a step: glob patterns</comment>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>strip key prefix &apos;%1&apos;</source>
        <comment>a step</comment>
        <translation>Schlüsselpräfix &apos;%1&apos; entfernen</translation>
    </message>
    <message>
        <source>add key prefix &apos;%1&apos;</source>
        <comment>a step</comment>
        <translation>Schlüsselpräfix &apos;%1&apos; hinzufügen</translation>
    </message>
    <message>
        <source>rename %1 -&gt; %2</source>
        <comment>a step</comment>
        <translation>%1 -&gt; %2 umbenennen</translation>
    </message>
    <message>
        <source>extract %1 as the new root</source>
        <comment>a step</comment>
        <translation>%1 als neue Wurzel extrahieren</translation>
    </message>
    <message>
        <source>cast floating tensors to %1</source>
        <comment>a step</comment>
        <translation>Gleitkomma-Tensoren in %1 umwandeln</translation>
    </message>
    <message>
        <source>drop training state</source>
        <comment>a step</comment>
        <translation>Trainingszustand entfernen</translation>
    </message>
    <message>
        <source>keep the dtype of %1</source>
        <comment>a step</comment>
        <translation>dtype von %1 behalten</translation>
    </message>
    <message>
        <source>make weights-only loadable</source>
        <comment>a step</comment>
        <translation>für weights_only ladbar machen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a device (cpu, cuda, cuda:N, mps, xpu:N, meta ...)</source>
        <translation>&apos;%1&apos; ist kein Gerät (cpu, cuda, cuda:N, mps, xpu:N, meta ...)</translation>
    </message>
    <message>
        <source>wants a regular expression</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation>erwartet einen regulären Ausdruck</translation>
    </message>
    <message>
        <source>wants one or more glob patterns</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation>erwartet ein oder mehrere Glob-Muster</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular expression: %2</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation>&apos;%1&apos; ist kein regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <source>takes no patterns</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation>nimmt keine Muster an</translation>
    </message>
    <message>
        <source>wants SRC=DST, got &apos;%1&apos;</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation>erwartet SRC=DST, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>wants a device such as cpu or cuda:0</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation>erwartet ein Gerät wie cpu oder cuda:0</translation>
    </message>
    <message>
        <source>wants a prefix</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation>erwartet ein Präfix</translation>
    </message>
    <message>
        <source>wants PATH=KEY, got &apos;%1&apos;</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation>erwartet PATH=KEY, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>wants the path of a subtree</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation>erwartet den Pfad eines Teilbaums</translation>
    </message>
    <message>
        <source>wants float16, bfloat16 or float32, not &apos;%1&apos;</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation>erwartet float16, bfloat16 oder float32, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>is not a step</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation>ist kein Schritt</translation>
    </message>
    <message>
        <source>wants one device, got &apos;%1&apos; (--map-location maps one to another)</source>
        <comment>what a step&apos;s field or option wants, after its name</comment>
        <translation>erwartet ein Gerät, nicht &apos;%1&apos; (--map-location bildet eines auf ein anderes ab)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>a conversion&apos;s error: the user stopped it</comment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 kept as its class name</source>
        <translation>%1 als Klassenname behalten</translation>
    </message>
    <message>
        <source>a numpy array was replaced by a description</source>
        <translation>ein NumPy-Array wurde durch eine Beschreibung ersetzt</translation>
    </message>
    <message>
        <source>%1 is not a JSON list: another JSON value</source>
        <translation>%1 ist keine JSON-Liste, sondern ein anderer JSON-Wert</translation>
    </message>
    <message>
        <source>%1 is not a JSON list: %2</source>
        <translation>%1 ist keine JSON-Liste: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: another JSON value</source>
        <translation>%1 ist kein JSON-Objekt, sondern ein anderer JSON-Wert</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; in the checkpoint is not a list or dict</source>
        <translation>%1: &apos;%2&apos; im Checkpoint ist weder Liste noch Dict</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; in the checkpoint is not a dict</source>
        <translation>%1: &apos;%2&apos; im Checkpoint ist kein Dict</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is neither a JSON object nor a path in the checkpoint</source>
        <translation>%1: &apos;%2&apos; ist weder ein JSON-Objekt noch ein Pfad im Checkpoint</translation>
    </message>
    <message>
        <source>no state_dict found for the package (choose one with --extract PATH)</source>
        <translation>kein state_dict für das Paket gefunden (eines mit --extract PATH wählen)</translation>
    </message>
    <message numerus="yes">
        <source>Lightning state_dict: stripped the &apos;model.&apos; prefix from %n keys</source>
        <translation>
            <numerusform>Lightning-state_dict: Präfix &apos;model.&apos; von %n Schlüssel entfernt</numerusform>
            <numerusform>Lightning-state_dict: Präfix &apos;model.&apos; von %n Schlüsseln entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>the source has no model config: model_config is empty (use --config)</source>
        <translation>die Quelle hat keine Modellkonfiguration: model_config ist leer (--config verwenden)</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>safetensors cannot hold %n tensors (quantized, meta or packed types): %1</source>
        <translation>
            <numerusform>safetensors kann %n Tensor nicht aufnehmen (quantisiert, meta oder gepackte Typen): %1</numerusform>
            <numerusform>safetensors kann %n Tensoren nicht aufnehmen (quantisiert, meta oder gepackte Typen): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>two tensors would both be called &apos;%1&apos;</source>
        <translation>zwei Tensoren hießen beide &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>%n tensors shared a storage: each is written as its own copy</source>
        <translation>
            <numerusform>%n Tensor teilte ein Storage: Er wird als eigene Kopie geschrieben</numerusform>
            <numerusform>%n Tensoren teilten ein Storage: Jeder wird als eigene Kopie geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a shard size (a number with KB, MB, GB, TB or KiB, MiB, GiB, TiB: 5GB = 5,000,000,000 bytes)</source>
        <translation>&apos;%1&apos; ist keine Shard-Größe (eine Zahl mit KB, MB, GB, TB oder KiB, MiB, GiB, TiB: 5GB = 5.000.000.000 Bytes)</translation>
    </message>
    <message>
        <source>a TorchScript module cannot be re-saved for torch.load; save its tensors with --format safetensors instead</source>
        <translation>ein TorchScript-Modul lässt sich nicht für torch.load neu speichern; speichern Sie stattdessen seine Tensoren mit --format safetensors</translation>
    </message>
    <message>
        <source>refused: the result would reference dangerous globals (%1), which torch.load would call; the safe way out is to extract the tensors: --format safetensors, or --drop the paths that hold them</source>
        <translation>abgelehnt: Das Ergebnis würde auf gefährliche Globals verweisen (%1), die torch.load aufrufen würde; der sichere Ausweg ist, die Tensoren zu extrahieren: --format safetensors, oder die Pfade, die sie enthalten, mit --drop entfernen</translation>
    </message>
    <message>
        <source>tensor without a storage</source>
        <translation>Tensor ohne Storage</translation>
    </message>
    <message>
        <source>writing %1 storages is not supported</source>
        <translation>das Schreiben von %1-Storages wird nicht unterstützt</translation>
    </message>
    <message>
        <source>tensor reference out of range</source>
        <translation>Tensorverweis außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>writing %1 quantized tensors is not supported</source>
        <translation>das Schreiben quantisierter Tensoren mit %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>cannot keep the numpy arrays&apos; bytes: %1</source>
        <translation>die Bytes der NumPy-Arrays lassen sich nicht aufbewahren: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n storages moved to %1</source>
        <translation>
            <numerusform>%n Storage nach %1 verschoben</numerusform>
            <numerusform>%n Storages nach %1 verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nodes kept</source>
        <translation>
            <numerusform>%n Knoten behalten</numerusform>
            <numerusform>%n Knoten behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nodes dropped</source>
        <translation>
            <numerusform>%n Knoten entfernt</numerusform>
            <numerusform>%n Knoten entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys renamed</source>
        <translation>
            <numerusform>%n Schlüssel umbenannt</numerusform>
            <numerusform>%n Schlüssel umbenannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n storages cast to %1</source>
        <translation>
            <numerusform>%n Storage in %1 umgewandelt</numerusform>
            <numerusform>%n Storages in %1 umgewandelt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tensors keep their dtype (%1 storages cast back)</source>
        <translation>
            <numerusform>%n Tensor behält seinen dtype (%1 Storages zurückgewandelt)</numerusform>
            <numerusform>%n Tensoren behalten ihren dtype (%1 Storages zurückgewandelt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shards of at most %1 bytes each (a tensor larger than that alone in its shard)</source>
        <translation>
            <numerusform>%n Shard von höchstens %1 Bytes (ein größerer Tensor allein in seinem Shard)</numerusform>
            <numerusform>%n Shards von je höchstens %1 Bytes (ein größerer Tensor allein in seinem Shard)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keep %n selected nodes</source>
        <comment>a step</comment>
        <translation>
            <numerusform>%n gewählten Knoten behalten</numerusform>
            <numerusform>%n gewählte Knoten behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>drop %n selected nodes</source>
        <comment>a step</comment>
        <translation>
            <numerusform>%n gewählten Knoten entfernen</numerusform>
            <numerusform>%n gewählte Knoten entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ckpt::ConvertDock</name>
    <message>
        <source>Convert</source>
        <translation>Konvertieren</translation>
    </message>
    <message>
        <source>Edit plan (applied in order, previewed before anything is written):</source>
        <translation>Bearbeitungsplan (der Reihe nach angewandt, Vorschau vor jedem Schreiben):</translation>
    </message>
    <message>
        <source>Map devices</source>
        <translation>Devices zuordnen</translation>
    </message>
    <message>
        <source>Drop (glob)</source>
        <translation>Entfernen (Glob)</translation>
    </message>
    <message>
        <source>Drop (regex)</source>
        <translation>Entfernen (Regex)</translation>
    </message>
    <message>
        <source>Keep only (glob)</source>
        <translation>Nur behalten (Glob)</translation>
    </message>
    <message>
        <source>Strip key prefix</source>
        <translation>Schlüsselpräfix entfernen</translation>
    </message>
    <message>
        <source>Add key prefix</source>
        <translation>Schlüsselpräfix hinzufügen</translation>
    </message>
    <message>
        <source>Rename (path=new key)</source>
        <translation>Umbenennen (Pfad=neuer Schlüssel)</translation>
    </message>
    <message>
        <source>Extract subtree</source>
        <translation>Teilbaum extrahieren</translation>
    </message>
    <message>
        <source>Cast floating tensors</source>
        <translation>Gleitkomma-Tensoren umwandeln</translation>
    </message>
    <message>
        <source>Drop training state</source>
        <translation>Trainingszustand entfernen</translation>
    </message>
    <message>
        <source>Keep dtype of (glob)</source>
        <translation>Dtype beibehalten (Glob)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Preview in Tree</source>
        <translation>Vorschau im Baum</translation>
    </message>
    <message>
        <source>Show the checkpoint as the plan would write it in the main tree</source>
        <translation>Den Checkpoint im Hauptbaum so zeigen, wie der Plan ihn schreiben würde</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Speichern als:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open converted file</source>
        <translation>Konvertierte Datei öffnen</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Open a checkpoint to convert it.</source>
        <translation>Öffnen Sie einen Checkpoint, um ihn zu konvertieren.</translation>
    </message>
    <message>
        <source> (saves %1)</source>
        <translation> (spart %1)</translation>
    </message>
    <message>
        <source>Tensors: %1 before, %2 after.</source>
        <translation>Tensoren: %1 vorher, %2 nachher.</translation>
    </message>
    <message>
        <source>Applying the plan…</source>
        <translation>Plan wird angewandt…</translation>
    </message>
    <message>
        <source>Save converted checkpoint</source>
        <translation>Konvertierten Checkpoint speichern</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the converted checkpoint?</source>
        <translation>%1 existiert bereits. Durch den konvertierten Checkpoint ersetzen?</translation>
    </message>
    <message>
        <source>Not written: %1 exists and was kept.</source>
        <translation>Nicht geschrieben: %1 existiert und wurde behalten.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3 tensors), %4.</source>
        <translation>%1 geschrieben (%2, %3 Tensoren), %4.</translation>
    </message>
    <message>
        <source>verified byte for byte</source>
        <translation>Byte für Byte geprüft</translation>
    </message>
    <message>
        <source>verified on reload</source>
        <translation>beim erneuten Laden geprüft</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>Loading it needs torch.load(weights_only=False) for: %1</source>
        <translation>Zum Laden ist torch.load(weights_only=False) nötig wegen: %1</translation>
    </message>
    <message>
        <source>Loads with torch.load(weights_only=True).</source>
        <translation>Lädt mit torch.load(weights_only=True).</translation>
    </message>
    <message>
        <source>Loads with torch.load(weights_only=True) in torch &gt;= 2.0 (1.13&apos;s lacks %1).</source>
        <translation>Lädt mit torch.load(weights_only=True) ab torch 2.0 (in 1.13 fehlt %1).</translation>
    </message>
    <message>
        <source>Not written: %1. The target was left as it was.</source>
        <translation>Nicht geschrieben: %1. Das Ziel blieb unverändert.</translation>
    </message>
    <message>
        <source>%1   or   %2</source>
        <translation>%1   oder   %2</translation>
    </message>
    <message>
        <source>Writing starts once the plan is applied…</source>
        <translation>Das Schreiben beginnt, sobald der Plan angewandt ist…</translation>
    </message>
    <message>
        <source>Make weights-only loadable</source>
        <translation>Für weights_only ladbar machen</translation>
    </message>
    <message>
        <source>Verify with a reload</source>
        <translation>Durch erneutes Laden prüfen</translation>
    </message>
    <message>
        <source>Re-open the written file and compare every tensor&apos;s SHA-256</source>
        <translation>Die geschriebene Datei erneut öffnen und die SHA-256 jedes Tensors vergleichen</translation>
    </message>
    <message>
        <source>Selected rows:</source>
        <translation>Auswahl:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (the file holds %n)</source>
        <translation>
            <numerusform>%1 (die Datei enthält %n)</numerusform>
            <numerusform>%1 (die Datei enthält %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Floating tensors are cast; the file holds %1</source>
        <translation>Gleitkomma-Tensoren werden umgewandelt; die Datei enthält %1</translation>
    </message>
    <message>
        <source>Every storage to cpu, or one device&apos;s (SRC=cpu); or type a device (cuda:0) or SRC=DST (cuda:1=cuda:0). The file holds %1</source>
        <translation>Jeden Speicher auf cpu, oder den eines Geräts (SRC=cpu); oder ein Gerät (cuda:0) bzw. SRC=DST (cuda:1=cuda:0) eingeben. Die Datei enthält %1</translation>
    </message>
    <message>
        <source>Loads with torch.distributed.checkpoint (dcp.load, or dcp_to_torch_save for one torch file).</source>
        <translation>Lädt mit torch.distributed.checkpoint (dcp.load, oder dcp_to_torch_save für eine einzelne Torch-Datei).</translation>
    </message>
    <message>
        <source>Shards:</source>
        <translation>Shards:</translation>
    </message>
    <message>
        <source>Not written: %1.</source>
        <translation>Nicht geschrieben: %1.</translation>
    </message>
</context>
<context>
    <name>ckpt::DetailsDock</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Wählen Sie eine Zeile, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>The archive&apos;s code/ sources, as torch.jit.save wrote them (shown, never run)</source>
        <translation>Die code/-Quellen des Archivs, wie torch.jit.save sie schrieb (angezeigt, nie ausgeführt)</translation>
    </message>
</context>
<context>
    <name>ckpt::Diff</name>
    <message>
        <source>A: %1</source>
        <comment>why checkpoint A&apos;s tensor cannot be read</comment>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <comment>why checkpoint B&apos;s tensor cannot be read</comment>
        <translation>B: %1</translation>
    </message>
</context>
<context>
    <name>ckpt::DiffChart</name>
    <message>
        <source>rel L2  ‖a−b‖/‖a‖</source>
        <translation>rel. L2  ‖a−b‖/‖a‖</translation>
    </message>
    <message>
        <source>Neither side has tensors to compare</source>
        <translation>Keine Seite hat Tensoren zum Vergleichen</translation>
    </message>
    <message>
        <source>No key of A matches a key of B: choose a root or a prefix above</source>
        <translation>Kein Schlüssel von A passt zu einem Schlüssel von B: Wählen Sie oben eine Wurzel oder ein Präfix</translation>
    </message>
    <message>
        <source>Every matched tensor is identical</source>
        <translation>Jeder zugeordnete Tensor ist identisch</translation>
    </message>
    <message>
        <source>No values to compare</source>
        <translation>Keine Werte zum Vergleichen</translation>
    </message>
</context>
<context>
    <name>ckpt::DiffModel</name>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>nur in A</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>nur in B</translation>
    </message>
    <message>
        <source>shape differs</source>
        <translation>Shape verschieden</translation>
    </message>
    <message>
        <source>dtype differs</source>
        <translation>dtype verschieden</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>
max |Δ| %1, mean |Δ| %2, rel L2 %3, cosine %4
%5 of %6 elements differ</source>
        <translation>
max |Δ| %1, Mittel |Δ| %2, rel. L2 %3, Kosinus %4
%5 von %6 Elementen weichen ab</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Shape</translation>
    </message>
    <message>
        <source>DType</source>
        <translation>dtype</translation>
    </message>
    <message>
        <source>max |Δ|</source>
        <translation>max |Δ|</translation>
    </message>
    <message>
        <source>rel L2</source>
        <translation>rel. L2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>mean |Δ|</source>
        <translation>Mittel |Δ|</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <source>differing</source>
        <translation>abweichend</translation>
    </message>
</context>
<context>
    <name>ckpt::DiffTreeModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
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
        <translation>Drift berechnen</translation>
    </message>
    <message>
        <source>Read every tensor of consecutive checkpoints and compare them</source>
        <translation>Jeden Tensor aufeinanderfolgender Checkpoints lesen und vergleichen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Relative change ||b − a|| / ||a|| of each tensor between consecutive checkpoints.</source>
        <translation>Relative Änderung ||b − a|| / ||a|| jedes Tensors zwischen aufeinanderfolgenden Checkpoints.</translation>
    </message>
    <message>
        <source>log10 relative change</source>
        <translation>log10 der relativen Änderung</translation>
    </message>
    <message>
        <source>Comparing consecutive checkpoints…</source>
        <translation>Aufeinanderfolgende Checkpoints werden verglichen…</translation>
    </message>
    <message>
        <source>%1: not in both %2 and %3</source>
        <translation>%1: nicht sowohl in %2 als auch in %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3 changed by %4 (relative L2)</source>
        <translation>%1: %2 → %3 um %4 geändert (relative L2-Norm)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s) across %1 pairs of checkpoints; hover a cell for its value.</source>
        <translation>
            <numerusform>%n Tensor über %1 Checkpoint-Paare; zeigen Sie auf eine Zelle, um ihren Wert zu sehen.</numerusform>
            <numerusform>%n Tensoren über %1 Checkpoint-Paare; zeigen Sie auf eine Zelle, um ihren Wert zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run whose consecutive checkpoints are compared</source>
        <translation>Der Lauf, dessen aufeinanderfolgende Checkpoints verglichen werden</translation>
    </message>
    <message>
        <source>(this folder)</source>
        <translation>(dieser Ordner)</translation>
    </message>
</context>
<context>
    <name>ckpt::FileFormat</name>
    <message>
        <source>Inference package (.pt + _metadata.json)</source>
        <translation>Inferenzpaket (.pt + _metadata.json)</translation>
    </message>
    <message>
        <source>safetensors (tensors only)</source>
        <translation>safetensors (nur Tensoren)</translation>
    </message>
    <message>
        <source>PyTorch checkpoint (torch.save)</source>
        <translation>PyTorch-Checkpoint (torch.save)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>PyTorch checkpoint, legacy (torch.save before 1.6)</source>
        <translation>PyTorch-Checkpoint, Altformat (torch.save vor 1.6)</translation>
    </message>
    <message>
        <source>NumPy array or archive (np.save, np.savez)</source>
        <translation>NumPy-Array oder -Archiv (np.save, np.savez)</translation>
    </message>
    <message>
        <source>Python pickle</source>
        <translation>Python-Pickle</translation>
    </message>
    <message>
        <source>safetensors</source>
        <translation>safetensors</translation>
    </message>
    <message>
        <source>Sharded checkpoint index (Hugging Face)</source>
        <translation>Index eines geshardeten Checkpoints (Hugging Face)</translation>
    </message>
    <message>
        <source>TorchScript archive (torch.jit.save)</source>
        <translation>TorchScript-Archiv (torch.jit.save)</translation>
    </message>
    <message>
        <source>Distributed checkpoint folder (torch.distributed.checkpoint)</source>
        <translation>Ordner eines verteilten Checkpoints (torch.distributed.checkpoint)</translation>
    </message>
    <message>
        <source>Hugging Face Trainer checkpoint folder</source>
        <translation>Checkpoint-Ordner des Hugging Face Trainers</translation>
    </message>
</context>
<context>
    <name>ckpt::FilterBar</name>
    <message>
        <source>all dtypes</source>
        <translation>alle dtypes</translation>
    </message>
    <message>
        <source>all devices</source>
        <translation>alle Devices</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>wird gesucht…</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <source>Filter keys (a pattern with / matches the full path)</source>
        <translation>Schlüssel filtern (ein Muster mit / passt auf den ganzen Pfad)</translation>
    </message>
    <message>
        <source>Substring</source>
        <translation>Teilzeichenkette</translation>
    </message>
    <message>
        <source>Glob</source>
        <translation>Glob</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>How the pattern is matched; always case-insensitive</source>
        <translation>Wie das Muster verglichen wird; immer ohne Beachtung der Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>invalid pattern</source>
        <translation>ungültiges Muster</translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation>Schlüssel filtern</translation>
    </message>
    <message>
        <source>Pattern kind</source>
        <translation>Art des Musters</translation>
    </message>
    <message>
        <source>Filter by dtype</source>
        <translation>Nach dtype filtern</translation>
    </message>
    <message>
        <source>Filter by device</source>
        <translation>Nach Gerät filtern</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
</context>
<context>
    <name>ckpt::FindingsModel</name>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>needs code</source>
        <translation>braucht Code</translation>
    </message>
    <message>
        <source>dangerous</source>
        <translation>gefährlich</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>%1 (in a part torch.load does not unpickle)</source>
        <translation>%1 (in einem Teil, den torch.load nicht entpickelt)</translation>
    </message>
    <message>
        <source>(structure)</source>
        <translation>(Struktur)</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>ckpt::Formats</name>
    <message>
        <source>missing shards</source>
        <comment>a fact&apos;s name: the shard files an index names that are absent</comment>
        <translation>fehlende Shards</translation>
    </message>
    <message>
        <source>file grades</source>
        <comment>a fact&apos;s name: each file of a folder with its safety grade</comment>
        <translation>Bewertung der Dateien</translation>
    </message>
    <message>
        <source>opcodes 1.13&apos;s weights_only lacks</source>
        <comment>a fact&apos;s name: pickle opcodes torch 1.13&apos;s weights_only unpickler refuses</comment>
        <translation>Opcodes, die weights_only in 1.13 fehlen</translation>
    </message>
    <message>
        <source>not a checkpoint: it is a PNG image</source>
        <translation>kein Checkpoint: Es ist ein PNG-Bild</translation>
    </message>
    <message>
        <source>not a checkpoint: it is a JPEG image</source>
        <translation>kein Checkpoint: Es ist ein JPEG-Bild</translation>
    </message>
    <message>
        <source>not a checkpoint: it is a GIF image</source>
        <translation>kein Checkpoint: Es ist ein GIF-Bild</translation>
    </message>
    <message>
        <source>not a checkpoint: it is a PDF document</source>
        <translation>kein Checkpoint: Es ist ein PDF-Dokument</translation>
    </message>
    <message>
        <source>not a checkpoint: it is gzip data</source>
        <translation>kein Checkpoint: Es sind gzip-Daten</translation>
    </message>
    <message>
        <source>not a checkpoint: it is a 7z archive</source>
        <translation>kein Checkpoint: Es ist ein 7z-Archiv</translation>
    </message>
    <message>
        <source>not a checkpoint: it is a NumPy .npy file</source>
        <translation>kein Checkpoint: Es ist eine NumPy-Datei (.npy)</translation>
    </message>
    <message>
        <source>not a checkpoint: it is an HDF5 file</source>
        <translation>kein Checkpoint: Es ist eine HDF5-Datei</translation>
    </message>
    <message>
        <source>not a checkpoint: it is a Git LFS pointer (the real file was never downloaded)</source>
        <translation>kein Checkpoint: Es ist ein Git-LFS-Pointer (die eigentliche Datei wurde nie heruntergeladen)</translation>
    </message>
    <message>
        <source>not a checkpoint: starts with bytes %1</source>
        <translation>kein Checkpoint: beginnt mit den Bytes %1</translation>
    </message>
    <message>
        <source>no object found</source>
        <translation>kein Objekt gefunden</translation>
    </message>
    <message>
        <source>is a directory, and not a checkpoint folder (no DCP .metadata, no Trainer trainer_state.json)</source>
        <translation>ist ein Verzeichnis, aber kein Checkpoint-Ordner (keine DCP-.metadata, keine trainer_state.json des Trainers)</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>7z archive: not scanned (extract it and scan what it holds)</source>
        <translation>7z-Archiv: nicht geprüft (entpacken Sie es und prüfen Sie seinen Inhalt)</translation>
    </message>
    <message>
        <source>its TensorProperties have no dtype we know</source>
        <translation>seine TensorProperties haben keinen bekannten dtype</translation>
    </message>
    <message>
        <source>its size is not a torch.Size</source>
        <translation>seine Größe ist keine torch.Size</translation>
    </message>
    <message>
        <source>it has no chunk list</source>
        <translation>es hat keine Chunk-Liste</translation>
    </message>
    <message>
        <source>a chunk is not a ChunkStorageMetadata(offsets, sizes)</source>
        <translation>ein Chunk ist kein ChunkStorageMetadata(offsets, sizes)</translation>
    </message>
    <message>
        <source>DCP version</source>
        <comment>a fact&apos;s name</comment>
        <translation>DCP-Version</translation>
    </message>
    <message>
        <source>none (PyTorch before 2.4)</source>
        <comment>the DCP version</comment>
        <translation>keine (PyTorch vor 2.4)</translation>
    </message>
    <message>
        <source>read by</source>
        <comment>a fact&apos;s name: what reads the files</comment>
        <translation>gelesen von</translation>
    </message>
    <message>
        <source>DCP&apos;s FileSystemReader unpickles .metadata with pickle.load (weights_only does not apply) and each item with torch.load</source>
        <translation>dem FileSystemReader von DCP, der .metadata mit pickle.load entpickelt (weights_only greift nicht) und jedes Element mit torch.load</translation>
    </message>
    <message>
        <source>the Metadata pickle does not parse: %1</source>
        <translation>der Metadata-Pickle lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>the pickle holds a %1, not a torch.distributed.checkpoint Metadata</source>
        <translation>der Pickle enthält ein %1, kein Metadata von torch.distributed.checkpoint</translation>
    </message>
    <message>
        <source>Metadata has no state_dict_metadata dict</source>
        <translation>Metadata hat kein Dict state_dict_metadata</translation>
    </message>
    <message>
        <source>state_dict_metadata has a key that is not a string; skipped</source>
        <translation>state_dict_metadata hat einen Schlüssel, der kein String ist; übersprungen</translation>
    </message>
    <message>
        <source>tensor %1: %2; skipped</source>
        <translation>Tensor %1: %2; übersprungen</translation>
    </message>
    <message>
        <source>item %1 is a %2, not tensor or bytes metadata; skipped</source>
        <translation>Element %1 ist ein %2, keine Tensor- oder Bytes-Metadaten; übersprungen</translation>
    </message>
    <message>
        <source>Metadata has no storage_data dict (not written by FileSystemWriter?)</source>
        <translation>Metadata hat kein Dict storage_data (nicht vom FileSystemWriter geschrieben?)</translation>
    </message>
    <message>
        <source>a storage_data entry is not MetadataIndex -&gt; _StorageInfo; skipped</source>
        <translation>ein Eintrag in storage_data ist nicht MetadataIndex -&gt; _StorageInfo; übersprungen</translation>
    </message>
    <message>
        <source>item %1 is stored through transforms (%2 of them): not read</source>
        <translation>Element %1 ist über Transformationen gespeichert (%2 davon): nicht gelesen</translation>
    </message>
    <message>
        <source>item file &apos;%1&apos; is not a plain file name in the folder; not opened</source>
        <translation>die Elementdatei &apos;%1&apos; ist kein einfacher Dateiname im Ordner; nicht geöffnet</translation>
    </message>
    <message>
        <source>bytes %1..%2 are outside %3 (%4 bytes)</source>
        <translation>die Bytes %1..%2 liegen außerhalb von %3 (%4 Bytes)</translation>
    </message>
    <message>
        <source>item is not a torch.save archive</source>
        <translation>das Element ist kein torch.save-Archiv</translation>
    </message>
    <message>
        <source>item does not hold a tensor</source>
        <translation>das Element enthält keinen Tensor</translation>
    </message>
    <message>
        <source>item holds a tensor of shape %1, the chunk is %2</source>
        <translation>das Element enthält einen Tensor mit Shape %1, der Chunk ist %2</translation>
    </message>
    <message>
        <source>item holds %1, the tensor is %2</source>
        <translation>das Element enthält %1, der Tensor ist %2</translation>
    </message>
    <message>
        <source>item holds a tensor without plain storage</source>
        <translation>das Element enthält einen Tensor ohne einfaches Storage</translation>
    </message>
    <message>
        <source>the item&apos;s storage record is compressed or missing</source>
        <translation>der Storage-Eintrag des Elements ist komprimiert oder fehlt</translation>
    </message>
    <message>
        <source>a chunk has %1 dimensions, the tensor %2</source>
        <translation>ein Chunk hat %1 Dimensionen, der Tensor %2</translation>
    </message>
    <message>
        <source>chunk at %1 of size %2 reaches outside the tensor</source>
        <translation>der Chunk bei %1 mit Größe %2 reicht über den Tensor hinaus</translation>
    </message>
    <message>
        <source>chunks at %1 and %2 overlap</source>
        <translation>die Chunks bei %1 und %2 überlappen sich</translation>
    </message>
    <message>
        <source>chunks cover %1 of its %2 elements</source>
        <translation>die Chunks decken %1 seiner %2 Elemente ab</translation>
    </message>
    <message>
        <source>no storage_data entry</source>
        <translation>kein Eintrag in storage_data</translation>
    </message>
    <message>
        <source>tensor %1, chunk at %2: %3</source>
        <translation>Tensor %1, Chunk bei %2: %3</translation>
    </message>
    <message>
        <source>tensor %1: %2</source>
        <translation>Tensor %1: %2</translation>
    </message>
    <message>
        <source>item holds no object</source>
        <translation>das Element enthält kein Objekt</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>Element %1: %2</translation>
    </message>
    <message>
        <source>item %1: its planner_data path %2 clashes with another item</source>
        <translation>Element %1: sein planner_data-Pfad %2 kollidiert mit einem anderen Element</translation>
    </message>
    <message>
        <source>items</source>
        <comment>a fact&apos;s name: a DCP folder&apos;s items</comment>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>tensor chunks</source>
        <comment>a fact&apos;s name</comment>
        <translation>Tensor-Chunks</translation>
    </message>
    <message>
        <source>bytes items</source>
        <comment>a fact&apos;s name: DCP items saved as bytes</comment>
        <translation>Bytes-Elemente</translation>
    </message>
    <message>
        <source>item files</source>
        <comment>a fact&apos;s name</comment>
        <translation>Elementdateien</translation>
    </message>
    <message>
        <source>%1 pickle: %2</source>
        <comment>the legacy format&apos;s pickles: magic number, sys_info ...</comment>
        <translation>Pickle %1: %2</translation>
    </message>
    <message>
        <source>first pickle is not the legacy torch magic number</source>
        <translation>der erste Pickle ist nicht die Magic Number des alten torch-Formats</translation>
    </message>
    <message>
        <source>protocol version</source>
        <comment>a fact&apos;s name: the legacy format&apos;s</comment>
        <translation>Protokollversion</translation>
    </message>
    <message>
        <source>unexpected legacy protocol version %1</source>
        <translation>unerwartete Protokollversion %1 des alten Formats</translation>
    </message>
    <message>
        <source>object pickle: %1</source>
        <translation>Objekt-Pickle: %1</translation>
    </message>
    <message>
        <source>object pickle bytes</source>
        <comment>a fact&apos;s name</comment>
        <translation>Bytes des Objekt-Pickles</translation>
    </message>
    <message>
        <source>storage key list is a %1, not a list</source>
        <translation>die Liste der Storage-Schlüssel ist ein %1, keine Liste</translation>
    </message>
    <message>
        <source>file ends at byte %1 before storage &apos;%2&apos;</source>
        <translation>die Datei endet bei Byte %1 vor dem Storage &apos;%2&apos;</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; at byte %2 is not used by the object pickle</source>
        <translation>das Storage &apos;%1&apos; bei Byte %2 wird vom Objekt-Pickle nicht verwendet</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; at byte %2 claims %3 elements, past the end of the file (%4 bytes)</source>
        <translation>das Storage &apos;%1&apos; bei Byte %2 gibt %3 Elemente an, über das Dateiende hinaus (%4 Bytes)</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; holds %2 elements, the pickle said %3</source>
        <translation>das Storage &apos;%1&apos; enthält %2 Elemente, der Pickle nennt %3</translation>
    </message>
    <message>
        <source>not a tar archive</source>
        <translation>kein tar-Archiv</translation>
    </message>
    <message>
        <source>tar member at byte %1 runs past the end of the file</source>
        <translation>das tar-Mitglied bei Byte %1 reicht über das Dateiende hinaus</translation>
    </message>
    <message>
        <source>persistent id %1 names no storage or tensor of the tar</source>
        <translation>die Persistent-ID %1 nennt kein Storage und keinen Tensor des tar</translation>
    </message>
    <message>
        <source>storages: storage %1 has no storage type or size torch reads</source>
        <translation>storages: Storage %1 hat keinen Storage-Typ oder keine Größe, die torch liest</translation>
    </message>
    <message>
        <source>storages: storage %1 claims %2 elements past the member&apos;s end</source>
        <translation>storages: Storage %1 gibt %2 Elemente über das Ende des Mitglieds hinaus an</translation>
    </message>
    <message>
        <source>storages: storage %1 has a %2 key</source>
        <translation>storages: Storage %1 hat einen Schlüssel vom Typ %2</translation>
    </message>
    <message>
        <source>storages: the storage views are a %1, not a list</source>
        <translation>storages: die Storage-Views sind ein %1, keine Liste</translation>
    </message>
    <message>
        <source>storages: a storage view is not (key, storage key, offset, size) of a storage the member holds</source>
        <translation>storages: eine Storage-View ist nicht (key, storage key, offset, size) eines Storage, das das Mitglied enthält</translation>
    </message>
    <message>
        <source>storage view %1 reaches past storage &apos;%2&apos;: torch.load cuts it to %3 elements</source>
        <translation>die Storage-View %1 reicht über das Storage &apos;%2&apos; hinaus: torch.load kürzt sie auf %3 Elemente</translation>
    </message>
    <message>
        <source>tensors: tensor %1 ends early</source>
        <translation>tensors: Tensor %1 endet vorzeitig</translation>
    </message>
    <message>
        <source>tensors: tensor %1 claims %2 dimensions</source>
        <translation>tensors: Tensor %1 gibt %2 Dimensionen an</translation>
    </message>
    <message>
        <source>tensors: tensor %1 is not a (key, storage key, type) tuple</source>
        <translation>tensors: Tensor %1 ist kein Tupel (key, storage key, type)</translation>
    </message>
    <message>
        <source>tensors: tensor %1 names storage %2, which the storages member does not hold</source>
        <translation>tensors: Tensor %1 nennt Storage %2, das im Mitglied storages fehlt</translation>
    </message>
    <message>
        <source>layout</source>
        <comment>a fact&apos;s name: how the file is laid out</comment>
        <translation>Layout</translation>
    </message>
    <message>
        <source>tar (PyTorch &lt;= 0.1.10)</source>
        <comment>a layout</comment>
        <translation>tar (PyTorch &lt;= 0.1.10)</translation>
    </message>
    <message>
        <source>tar archive without a &apos;%1&apos; member (torch.load needs it)</source>
        <translation>tar-Archiv ohne Mitglied &apos;%1&apos; (torch.load braucht es)</translation>
    </message>
    <message>
        <source>tar archive without a &apos;pickle&apos; member (not a torch.save file)</source>
        <translation>tar-Archiv ohne Mitglied &apos;pickle&apos; (keine torch.save-Datei)</translation>
    </message>
    <message>
        <source>not a .npy file</source>
        <translation>keine .npy-Datei</translation>
    </message>
    <message>
        <source>.npy header ends early</source>
        <translation>der .npy-Header endet vorzeitig</translation>
    </message>
    <message>
        <source>unsupported .npy format version %1.%2</source>
        <translation>nicht unterstützte .npy-Formatversion %1.%2</translation>
    </message>
    <message>
        <source>.npy header declares %1 bytes, only %2 in the file</source>
        <translation>der .npy-Header gibt %1 Bytes an, die Datei hat nur %2</translation>
    </message>
    <message>
        <source>.npy header has no readable &apos;descr&apos;</source>
        <translation>der .npy-Header hat kein lesbares &apos;descr&apos;</translation>
    </message>
    <message>
        <source>.npy header has no readable &apos;shape&apos;</source>
        <translation>der .npy-Header hat kein lesbares &apos;shape&apos;</translation>
    </message>
    <message>
        <source>npy version</source>
        <comment>a fact&apos;s name: the .npy format version</comment>
        <translation>npy-Version</translation>
    </message>
    <message>
        <source>object array</source>
        <comment>a fact&apos;s name: a .npy of dtype object</comment>
        <translation>Objekt-Array</translation>
    </message>
    <message>
        <source>the data is a pickle</source>
        <comment>an object array</comment>
        <translation>die Daten sind ein Pickle</translation>
    </message>
    <message>
        <source>pickles</source>
        <comment>a fact&apos;s name: how many pickles the file holds</comment>
        <translation>Pickles</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where a warning or error is from, then what it is</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>byteorder</source>
        <comment>a fact&apos;s name: the byte order of the tensor data</comment>
        <translation>Bytereihenfolge</translation>
    </message>
    <message>
        <source>little</source>
        <comment>byte order</comment>
        <translation>Little-Endian</translation>
    </message>
    <message>
        <source>big</source>
        <comment>byte order</comment>
        <translation>Big-Endian</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: entry is not a JSON object</source>
        <translation>Tensor &apos;%1&apos;: Der Eintrag ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has no dtype</source>
        <translation>Tensor &apos;%1&apos; hat keinen dtype</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has no shape</source>
        <translation>Tensor &apos;%1&apos; hat keine Shape</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; needs data_offsets [begin, end] of non-negative integers</source>
        <translation>Tensor &apos;%1&apos; braucht data_offsets [begin, end] aus nichtnegativen Ganzzahlen</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has data_offsets that end (%2) before they begin (%3)</source>
        <translation>die data_offsets von Tensor &apos;%1&apos; enden (%2), bevor sie beginnen (%3)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; uses the packed dtype %2, shown as unknown</source>
        <translation>Tensor &apos;%1&apos; verwendet den gepackten dtype %2, als unbekannt angezeigt</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has unknown dtype &apos;%2&apos;</source>
        <translation>Tensor &apos;%1&apos; hat den unbekannten dtype &apos;%2&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has a shape entry that is not a non-negative integer</source>
        <translation>Tensor &apos;%1&apos; hat einen Shape-Eintrag, der keine nichtnegative Ganzzahl ist</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has a shape whose element count overflows</source>
        <translation>bei Tensor &apos;%1&apos; läuft die Elementzahl der Shape über</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has a shape whose size overflows</source>
        <translation>bei Tensor &apos;%1&apos; läuft die Größe der Shape über</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has %2 elements of %3 bits, not a whole number of bytes</source>
        <translation>Tensor &apos;%1&apos; hat %2 Elemente zu %3 Bit, keine ganze Zahl von Bytes</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is %2 %3 (%4 bytes) but its data_offsets span %5 bytes</source>
        <translation>Tensor &apos;%1&apos; ist %2 %3 (%4 Bytes), aber seine data_offsets umfassen %5 Bytes</translation>
    </message>
    <message>
        <source>too small for a safetensors header (%1 bytes)</source>
        <translation>zu klein für einen safetensors-Header (%1 Bytes)</translation>
    </message>
    <message>
        <source>safetensors header claims %1 bytes, more than the limit of %2</source>
        <translation>der safetensors-Header gibt %1 Bytes an, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>safetensors header claims %1 bytes at byte 8, past the end of the file (%2 bytes)</source>
        <translation>der safetensors-Header gibt ab Byte 8 %1 Bytes an, über das Dateiende hinaus (%2 Bytes)</translation>
    </message>
    <message>
        <source>safetensors header does not start with &apos;{&apos;</source>
        <translation>der safetensors-Header beginnt nicht mit &apos;{&apos;</translation>
    </message>
    <message>
        <source>safetensors header is not valid JSON: %1 at byte %2</source>
        <translation>der safetensors-Header ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>safetensors header is not a JSON object</source>
        <translation>der safetensors-Header ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>header bytes</source>
        <comment>a fact&apos;s name: the safetensors JSON header&apos;s size</comment>
        <translation>Header-Bytes</translation>
    </message>
    <message>
        <source>safetensors header has the key &apos;%1&apos; twice</source>
        <translation>der safetensors-Header hat den Schlüssel &apos;%1&apos; zweimal</translation>
    </message>
    <message>
        <source>safetensors __metadata__ is not a JSON object</source>
        <translation>__metadata__ von safetensors ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>__metadata__ value &apos;%1&apos; is not a string</source>
        <translation>der __metadata__-Wert &apos;%1&apos; ist kein String</translation>
    </message>
    <message>
        <source>metadata %1</source>
        <comment>a fact&apos;s name: a __metadata__ key</comment>
        <translation>Metadaten %1</translation>
    </message>
    <message>
        <source>safetensors data has a hole: bytes %1..%2 of the buffer belong to no tensor (before &apos;%3&apos;)</source>
        <translation>die safetensors-Daten haben eine Lücke: Die Bytes %1..%2 des Puffers gehören zu keinem Tensor (vor &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; (bytes %2..%3) overlaps tensor &apos;%4&apos; (which ends at %5)</source>
        <translation>Tensor &apos;%1&apos; (Bytes %2..%3) überlappt Tensor &apos;%4&apos; (der bei %5 endet)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; claims %2 bytes at byte %3, past the end of the file (%4 bytes)</source>
        <translation>Tensor &apos;%1&apos; gibt ab Byte %3 %2 Bytes an, über das Dateiende hinaus (%4 Bytes)</translation>
    </message>
    <message>
        <source>safetensors file has %1 bytes after the last tensor, where it must end</source>
        <translation>die safetensors-Datei hat %1 Bytes nach dem letzten Tensor, wo sie enden muss</translation>
    </message>
    <message>
        <source>a bare pickle, not a safetensors or torch file</source>
        <translation>ein bloßer Pickle, keine safetensors- oder torch-Datei</translation>
    </message>
    <message>
        <source>not a safetensors or torch file</source>
        <translation>keine safetensors- oder torch-Datei</translation>
    </message>
    <message>
        <source>index is not valid JSON: %1 at byte %2</source>
        <translation>der Index ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>index is not a JSON object</source>
        <translation>der Index ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>index has no weight_map object</source>
        <translation>der Index hat kein Objekt weight_map</translation>
    </message>
    <message>
        <source>weight_map entry &apos;%1&apos; is not a file name</source>
        <translation>der weight_map-Eintrag &apos;%1&apos; ist kein Dateiname</translation>
    </message>
    <message>
        <source>weight_map entries</source>
        <comment>a fact&apos;s name</comment>
        <translation>weight_map-Einträge</translation>
    </message>
    <message>
        <source>shard name &apos;%1&apos; is not a plain file name; not opened</source>
        <translation>der Shard-Name &apos;%1&apos; ist kein einfacher Dateiname; nicht geöffnet</translation>
    </message>
    <message>
        <source>shard %1 is missing</source>
        <translation>Shard %1 fehlt</translation>
    </message>
    <message>
        <source>shard %1</source>
        <translation>Shard %1</translation>
    </message>
    <message>
        <source>shard %1 lacks %2 of the %3 tensors the index lists (e.g. &apos;%4&apos;)</source>
        <translation>Shard %1 fehlen %2 der %3 Tensoren, die der Index nennt (z. B. &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>shards</source>
        <comment>a fact&apos;s name</comment>
        <translation>Shards</translation>
    </message>
    <message>
        <source>%1 of %2 present</source>
        <comment>shards</comment>
        <translation>%1 von %2 vorhanden</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; has unknown type %2</source>
        <translation>das Storage &apos;%1&apos; hat den unbekannten Typ %2</translation>
    </message>
    <message>
        <source>a %1 tensor&apos;s strides reach past any storage (they overflow)</source>
        <translation>die Strides eines %1-Tensors reichen über jedes Storage hinaus (sie laufen über)</translation>
    </message>
    <message>
        <source>a %1 tensor reaches element %2 of storage &apos;%3&apos;, which has %4</source>
        <translation>ein %1-Tensor reicht bis Element %2 des Storage &apos;%3&apos;, das %4 hat</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; holds %2 bytes, the storage needs %3</source>
        <translation>der Eintrag &apos;%1&apos; enthält %2 Bytes, das Storage braucht %3</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; has no record in the archive</source>
        <translation>das Storage &apos;%1&apos; hat keinen Eintrag im Archiv</translation>
    </message>
    <message>
        <source>record &apos;%1&apos;: %2</source>
        <translation>Eintrag &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>archive folder</source>
        <comment>a fact&apos;s name: a zip&apos;s top folder</comment>
        <translation>Archivordner</translation>
    </message>
    <message>
        <source>records</source>
        <comment>a fact&apos;s name: a zip&apos;s members</comment>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>version</source>
        <comment>a fact&apos;s name: the archive&apos;s format version</comment>
        <translation>Version</translation>
    </message>
    <message>
        <source>little (no record: written by PyTorch &lt; 2.1)</source>
        <translation>Little-Endian (kein Eintrag: von PyTorch &lt; 2.1 geschrieben)</translation>
    </message>
    <message>
        <source>compressed records</source>
        <comment>a fact&apos;s name</comment>
        <translation>komprimierte Einträge</translation>
    </message>
    <message>
        <source>zip archive has no data.pkl record (not a torch.save file)</source>
        <translation>das Zip-Archiv hat keinen Eintrag data.pkl (keine torch.save-Datei)</translation>
    </message>
    <message>
        <source>truncated zip, torch.load refuses it: %1</source>
        <translation>abgeschnittenes Zip, torch.load lehnt es ab: %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>files</source>
        <comment>a fact&apos;s name</comment>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>other files</source>
        <comment>a fact&apos;s name</comment>
        <translation>andere Dateien</translation>
    </message>
    <message>
        <source>no file of the Trainer folder could be read</source>
        <translation>keine Datei des Trainer-Ordners ließ sich lesen</translation>
    </message>
    <message>
        <source>persistent id is not a (&apos;storage&apos;, ...) tuple</source>
        <translation>die Persistent-ID ist kein Tupel (&apos;storage&apos;, ...)</translation>
    </message>
    <message>
        <source>unknown persistent id &apos;%1&apos;</source>
        <translation>unbekannte Persistent-ID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; has a bad element count</source>
        <translation>das Storage &apos;%1&apos; hat eine ungültige Elementanzahl</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; declares %2 elements</source>
        <translation>das Storage &apos;%1&apos; gibt %2 Elemente an</translation>
    </message>
    <message>
        <source>%1 called with unexpected arguments</source>
        <translation>%1 mit unerwarteten Argumenten aufgerufen</translation>
    </message>
    <message>
        <source>%1: size and stride are not matching integer tuples</source>
        <translation>%1: Größe und Stride sind keine passenden Ganzzahl-Tupel</translation>
    </message>
    <message>
        <source>%1: negative dimension %2</source>
        <translation>%1: negative Dimension %2</translation>
    </message>
    <message>
        <source>%1: shape overflows</source>
        <translation>%1: die Shape läuft über</translation>
    </message>
</context>
<context>
    <name>ckpt::HistogramPlot</name>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
</context>
<context>
    <name>ckpt::Io</name>
    <message>
        <source>cannot open: No such file or directory</source>
        <translation>kann nicht geöffnet werden: Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read: got %1 of %2 bytes</source>
        <translation>kann nicht gelesen werden: %1 von %2 Bytes erhalten</translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; appears more than once (compared as PyTorch&apos;s reader compares names, ignoring case): torch.load reads the one at byte %2</source>
        <translation>Zip-Eintrag &apos;%1&apos; kommt mehrfach vor (Namen verglichen wie PyTorchs Leser, ohne Groß-/Kleinschreibung): torch.load liest den bei Byte %2</translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation>Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot create a file in %1: %2</source>
        <translation>kann in %1 keine Datei anlegen: %2</translation>
    </message>
    <message>
        <source>cannot write: out of memory</source>
        <translation>kann nicht schreiben: kein Speicher mehr</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
    <message>
        <source>cannot name the written file: %1</source>
        <translation>kann der geschriebenen Datei keinen Namen geben: %1</translation>
    </message>
    <message>
        <source>cannot replace the target: %1</source>
        <translation>kann das Ziel nicht ersetzen: %1</translation>
    </message>
    <message>
        <source>is a symbolic link; name a new or empty folder</source>
        <translation>ist ein symbolischer Link; nennen Sie einen neuen oder leeren Ordner</translation>
    </message>
    <message>
        <source>exists and is not a folder</source>
        <translation>existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>is a folder that holds other files (%1); write to a new or empty folder</source>
        <translation>ist ein Ordner mit anderen Dateien (%1); schreiben Sie in einen neuen oder leeren Ordner</translation>
    </message>
    <message>
        <source>cannot create a folder in %1: %2</source>
        <translation>kann in %1 keinen Ordner anlegen: %2</translation>
    </message>
    <message>
        <source>no folder was written</source>
        <translation>es wurde kein Ordner geschrieben</translation>
    </message>
    <message>
        <source>cannot rename the written folder into place: %1</source>
        <translation>kann den geschriebenen Ordner nicht an seinen Platz umbenennen: %1</translation>
    </message>
    <message>
        <source>too small to be a zip archive (%1 bytes)</source>
        <translation>zu klein für ein Zip-Archiv (%1 Bytes)</translation>
    </message>
    <message>
        <source>no zip end of central directory record (not a zip, or truncated)</source>
        <translation>kein Zip-Endeintrag des zentralen Verzeichnisses (kein Zip oder abgeschnitten)</translation>
    </message>
    <message>
        <source>zip64 end record claimed at byte %1 lies past the end of the file</source>
        <translation>der bei Byte %1 angegebene Zip64-Endeintrag liegt hinter dem Dateiende</translation>
    </message>
    <message>
        <source>zip64 end record at byte %1 is damaged</source>
        <translation>der Zip64-Endeintrag bei Byte %1 ist beschädigt</translation>
    </message>
    <message>
        <source>multi-disk (spanned) zip archives are not supported</source>
        <translation>mehrteilige (über Datenträger verteilte) Zip-Archive werden nicht unterstützt</translation>
    </message>
    <message>
        <source>zip64 directory lists %1 records in %2 bytes, more than the limit PyTorch&apos;s reader accepts</source>
        <translation>das Zip64-Verzeichnis listet %1 Einträge in %2 Bytes, mehr als PyTorchs Leser annimmt</translation>
    </message>
    <message>
        <source>zip end record counts %1 records in all but %2 on this disk (a spanned or damaged archive, which PyTorch&apos;s reader refuses)</source>
        <translation>der Zip-Endeintrag zählt insgesamt %1 Einträge, aber %2 auf diesem Datenträger (ein verteiltes oder beschädigtes Archiv, das PyTorchs Leser ablehnt)</translation>
    </message>
    <message>
        <source>zip directory lists %1 records, more than the limit of %2</source>
        <translation>das Zip-Verzeichnis listet %1 Einträge, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>zip directory lists %1 records but is only %2 bytes long</source>
        <translation>das Zip-Verzeichnis listet %1 Einträge, ist aber nur %2 Bytes lang</translation>
    </message>
    <message>
        <source>zip central directory claims %1 bytes at byte %2, past the end of the file (%3 bytes)</source>
        <translation>das zentrale Zip-Verzeichnis gibt %1 Bytes bei Byte %2 an, hinter dem Dateiende (%3 Bytes)</translation>
    </message>
    <message>
        <source>zip central directory entry %1 at byte %2 is damaged</source>
        <translation>der Eintrag %1 des zentralen Zip-Verzeichnisses bei Byte %2 ist beschädigt</translation>
    </message>
    <message>
        <source>zip central directory entry %1 at byte %2 runs past the directory</source>
        <translation>der Eintrag %1 des zentralen Zip-Verzeichnisses bei Byte %2 reicht über das Verzeichnis hinaus</translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; has a truncated zip64 extra field</source>
        <translation>Zip-Eintrag &apos;%1&apos; hat ein abgeschnittenes Zip64-Zusatzfeld</translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; needs zip64 sizes but has no zip64 extra field</source>
        <translation>Zip-Eintrag &apos;%1&apos; braucht Zip64-Größen, hat aber kein Zip64-Zusatzfeld</translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; has its local header at byte %2, past the end of the file (%3 bytes)</source>
        <translation>Zip-Eintrag &apos;%1&apos; hat seinen lokalen Header bei Byte %2, hinter dem Dateiende (%3 Bytes)</translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; claims %2 bytes at byte %3, past the end of the file (%4 bytes)</source>
        <translation>Zip-Eintrag &apos;%1&apos; gibt %2 Bytes bei Byte %3 an, hinter dem Dateiende (%4 Bytes)</translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; claims an impossible size of %2 bytes</source>
        <translation>Zip-Eintrag &apos;%1&apos; gibt eine unmögliche Größe von %2 Bytes an</translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; has no local header at byte %2</source>
        <translation>Zip-Eintrag &apos;%1&apos; hat bei Byte %2 keinen lokalen Header</translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos;: its local header names it &apos;%2&apos;</source>
        <translation>Zip-Eintrag &apos;%1&apos;: sein lokaler Header nennt ihn &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>PyTorch&apos;s miniz (torch.load)</source>
        <translation>PyTorchs miniz (torch.load)</translation>
    </message>
    <message>
        <source>Python&apos;s zipfile (numpy.load, most scanners)</source>
        <translation>Pythons zipfile (numpy.load, die meisten Scanner)</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; claims %2 bytes inflated from %3, more than deflate can produce</source>
        <translation>Eintrag &apos;%1&apos; gibt %2 entpackte Bytes aus %3 an, mehr als Deflate erzeugen kann</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; would inflate to %2 bytes; with the %3 bytes already inflated that passes the budget of %4 bytes for this %5-byte file (a decompression bomb): not read</source>
        <translation>Eintrag &apos;%1&apos; würde auf %2 Bytes entpackt; mit den schon entpackten %3 Bytes überschreitet das das Budget von %4 Bytes für diese Datei von %5 Bytes (eine Dekompressionsbombe): nicht gelesen</translation>
    </message>
    <message>
        <source>record &apos;%1&apos;: cannot start zlib</source>
        <translation>Eintrag &apos;%1&apos;: zlib kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; inflates to more than the %2 bytes the directory says</source>
        <translation>Eintrag &apos;%1&apos; entpackt sich auf mehr als die %2 Bytes, die das Verzeichnis angibt</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; ends before its compressed data does</source>
        <translation>Eintrag &apos;%1&apos; endet vor seinen komprimierten Daten</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; is corrupt: %2</source>
        <translation>Eintrag &apos;%1&apos; ist beschädigt: %2</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; inflates to %2 bytes, but the directory says %3</source>
        <translation>Eintrag &apos;%1&apos; entpackt sich auf %2 Bytes, das Verzeichnis sagt aber %3</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; lies outside the file</source>
        <translation>Eintrag &apos;%1&apos; liegt außerhalb der Datei</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; is stored but its sizes differ (%2 vs %3 bytes)</source>
        <translation>Eintrag &apos;%1&apos; ist unkomprimiert, aber seine Größen unterscheiden sich (%2 gegenüber %3 Bytes)</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; would inflate to %2 bytes, more than the limit of %3 bytes</source>
        <translation>Eintrag &apos;%1&apos; würde auf %2 Bytes entpackt, mehr als die Grenze von %3 Bytes</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; uses unsupported compression method %2</source>
        <translation>Eintrag &apos;%1&apos; verwendet die nicht unterstützte Kompressionsmethode %2</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; fails its CRC-32 check (computed %2, directory says %3)</source>
        <translation>Eintrag &apos;%1&apos; besteht die CRC-32-Prüfung nicht (berechnet %2, das Verzeichnis sagt %3)</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; cannot be read (method %2)</source>
        <translation>Eintrag &apos;%1&apos; kann nicht gelesen werden (Methode %2)</translation>
    </message>
    <message>
        <source>the file ends</source>
        <comment>a truncated zip is read until</comment>
        <translation>die Datei endet</translation>
    </message>
    <message>
        <source>the central directory starts</source>
        <comment>a truncated zip is read until</comment>
        <translation>das zentrale Verzeichnis beginnt</translation>
    </message>
    <message>
        <source>byte %1 is not a record</source>
        <comment>a truncated zip is read until</comment>
        <translation>Byte %1 kein Eintrag ist</translation>
    </message>
    <message>
        <source>a record&apos;s header is cut off</source>
        <comment>a truncated zip is read until</comment>
        <translation>der Header eines Eintrags abgeschnitten ist</translation>
    </message>
    <message>
        <source>a record is cut off</source>
        <comment>a truncated zip is read until</comment>
        <translation>ein Eintrag abgeschnitten ist</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n records found by their local headers, until %2)</source>
        <translation>
            <numerusform>%1 (%n Eintrag über seinen lokalen Header gefunden, bis %2)</numerusform>
            <numerusform>%1 (%n Einträge über ihre lokalen Header gefunden, bis %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>writing stopped</source>
        <translation>das Schreiben wurde abgebrochen</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; written after the end of the archive</source>
        <translation>Eintrag &apos;%1&apos; nach dem Ende des Archivs geschrieben</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; begun inside another</source>
        <translation>Eintrag &apos;%1&apos; innerhalb eines anderen begonnen</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; has a negative size</source>
        <translation>Eintrag &apos;%1&apos; hat eine negative Größe</translation>
    </message>
    <message>
        <source>record name too long: %1</source>
        <translation>Eintragsname zu lang: %1</translation>
    </message>
    <message>
        <source>duplicate record &apos;%1&apos;</source>
        <translation>doppelter Eintrag &apos;%1&apos;</translation>
    </message>
    <message>
        <source>more data than record &apos;%1&apos; announced</source>
        <translation>mehr Daten, als Eintrag &apos;%1&apos; angekündigt hat</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; got %2 of its %3 bytes</source>
        <translation>Eintrag &apos;%1&apos; hat %2 von seinen %3 Bytes erhalten</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; was not ended</source>
        <translation>Eintrag &apos;%1&apos; wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>the last zip end record signature, at byte %1, has only %2 bytes after it (Python&apos;s zipfile: not a zip file)</source>
        <translation>nach der letzten Signatur eines Zip-Endeintrags, bei Byte %1, folgen nur %2 Bytes (Pythons zipfile: keine Zip-Datei)</translation>
    </message>
    <message>
        <source>zip central directory of %1 bytes would start before the file (Python&apos;s zipfile: bad offset for central directory)</source>
        <translation>das zentrale Zip-Verzeichnis von %1 Bytes würde vor der Datei beginnen (Pythons zipfile: falscher Offset des zentralen Verzeichnisses)</translation>
    </message>
    <message>
        <source>zip central directory is truncated at entry %1</source>
        <translation>das zentrale Zip-Verzeichnis ist bei Eintrag %1 abgeschnitten</translation>
    </message>
    <message>
        <source>zip record %1 needs zip version %2.%3, which Python&apos;s zipfile does not support</source>
        <translation>Zip-Eintrag %1 braucht die Zip-Version %2.%3, die Pythons zipfile nicht unterstützt</translation>
    </message>
    <message>
        <source>zip record %1 is flagged UTF-8 but its name is not</source>
        <translation>Zip-Eintrag %1 ist als UTF-8 markiert, sein Name ist es aber nicht</translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; has a corrupt extra field %2</source>
        <translation>Zip-Eintrag &apos;%1&apos; hat ein beschädigtes Zusatzfeld %2</translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; has a corrupt zip64 extra field</source>
        <translation>Zip-Eintrag &apos;%1&apos; hat ein beschädigtes Zip64-Zusatzfeld</translation>
    </message>
    <message>
        <source>zip directory lists more than %1 records</source>
        <translation>das Zip-Verzeichnis listet mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>record &apos;%1&apos;: %2 (Python&apos;s zipfile cannot open it)</source>
        <translation>Eintrag &apos;%1&apos;: %2 (Pythons zipfile kann ihn nicht öffnen)</translation>
    </message>
    <message>
        <source>no local header at byte %1</source>
        <translation>kein lokaler Header bei Byte %1</translation>
    </message>
    <message>
        <source>bad magic number for the local header at byte %1</source>
        <translation>falsche Signatur des lokalen Headers bei Byte %1</translation>
    </message>
    <message>
        <source>its local header names it &apos;%1&apos;</source>
        <translation>sein lokaler Header nennt ihn &apos;%1&apos;</translation>
    </message>
    <message>
        <source>its data overlaps the next record (possible zip bomb)</source>
        <translation>seine Daten überlappen den nächsten Eintrag (mögliche Zip-Bombe)</translation>
    </message>
    <message>
        <source>zip record &apos;%1&apos; appears more than once: Python&apos;s zipfile reads the last, at byte %2</source>
        <translation>Zip-Eintrag &apos;%1&apos; kommt mehrfach vor: Pythons zipfile liest den letzten, bei Byte %2</translation>
    </message>
</context>
<context>
    <name>ckpt::LoadCheckPanel</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The check could not be made: %1</source>
        <translation>Die Prüfung war nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1 loads into %2 with strict=True.</source>
        <translation>%1 lädt mit strict=True in %2.</translation>
    </message>
    <message>
        <source>%1 does not load into %2 with strict=True.</source>
        <translation>%1 lädt nicht mit strict=True in %2.</translation>
    </message>
    <message>
        <source>After the fixes below it loads with strict=True.</source>
        <translation>Nach den Korrekturen unten gelingt das Laden mit strict=True.</translation>
    </message>
    <message>
        <source>After the fixes below it loads with strict=False; the model keeps its own initialisation for %1.</source>
        <translation>Nach den Korrekturen unten gelingt das Laden mit strict=False; das Modell behält für %1 seine eigene Initialisierung.</translation>
    </message>
    <message>
        <source>The fixes below do not make it load.</source>
        <translation>Auch mit den Korrekturen unten gelingt das Laden nicht.</translation>
    </message>
    <message>
        <source>With strict=False it fails too.</source>
        <translation>Mit strict=False schlägt es ebenfalls fehl.</translation>
    </message>
    <message>
        <source>With strict=False it loads; the unexpected keys are ignored.</source>
        <translation>Mit strict=False gelingt das Laden; die unerwarteten Schlüssel werden ignoriert.</translation>
    </message>
    <message>
        <source>With strict=False it loads; the model keeps its own initialisation for %1.</source>
        <translation>Mit strict=False gelingt das Laden; das Modell behält für %1 seine eigene Initialisierung.</translation>
    </message>
    <message>
        <source>(A as the conversion plan makes it)</source>
        <translation>(A so, wie der Konvertierungsplan es erzeugt)</translation>
    </message>
    <message>
        <source>%1&apos;s state_dict: %2 (%3 keys) · %4&apos;s keys: %5 (%6 keys)</source>
        <translation>state_dict von %1: %2 (%3 Schlüssel) · Schlüssel von %4: %5 (%6 Schlüssel)</translation>
    </message>
    <message>
        <source>the TorchScript module&apos;s parameters and buffers</source>
        <translation>die Parameter und Buffer des TorchScript-Moduls</translation>
    </message>
    <message>
        <source>the file itself</source>
        <translation>die Datei selbst</translation>
    </message>
    <message>
        <source>Missing keys</source>
        <translation>Fehlende Schlüssel</translation>
    </message>
    <message>
        <source>Unexpected keys</source>
        <translation>Unerwartete Schlüssel</translation>
    </message>
    <message>
        <source>%1: %2 in the checkpoint, %3 in the model</source>
        <translation>%1: %2 im Checkpoint, %3 im Modell</translation>
    </message>
    <message>
        <source>Size mismatch</source>
        <translation>Abweichende Größe</translation>
    </message>
    <message>
        <source>%1: %2 in the checkpoint, %3 in the model (cast silently)</source>
        <translation>%1: %2 im Checkpoint, %3 im Modell (stillschweigend umgewandelt)</translation>
    </message>
    <message>
        <source>Dtype differences</source>
        <translation>Abweichende dtypes</translation>
    </message>
    <message>
        <source>%1 — ckpt convert %2</source>
        <translation>%1 — ckpt convert %2</translation>
    </message>
    <message>
        <source>Fixes</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>load_state_dict(strict=True) raises nothing.</source>
        <translation>load_state_dict(strict=True) löst keinen Fehler aus.</translation>
    </message>
    <message>
        <source>Loads into A?</source>
        <translation>Lädt in A?</translation>
    </message>
    <message>
        <source>Loads into B?</source>
        <translation>Lädt in B?</translation>
    </message>
    <message>
        <source>Which file is the model&apos;s side: the other is loaded into it as load_state_dict would load it</source>
        <translation>Welche Datei die Seite des Modells ist: Die andere wird hineingeladen, wie load_state_dict sie laden würde</translation>
    </message>
    <message>
        <source>Fix in Convert</source>
        <translation>In „Konvertieren“ beheben</translation>
    </message>
    <message>
        <source>Put the proposed fixes into the conversion plan of the file that is loaded; Preview in Tree shows the fixed tree</source>
        <translation>Die vorgeschlagenen Korrekturen in den Konvertierungsplan der geladenen Datei übernehmen; „Vorschau im Baum“ zeigt den korrigierten Baum</translation>
    </message>
    <message>
        <source>What model.load_state_dict(state_dict, strict=True) reports, in PyTorch&apos;s order</source>
        <translation>Was model.load_state_dict(state_dict, strict=True) meldet, in der Reihenfolge von PyTorch</translation>
    </message>
    <message>
        <source>PyTorch&apos;s message</source>
        <translation>Meldung von PyTorch</translation>
    </message>
</context>
<context>
    <name>ckpt::MainWindow</name>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message>
        <source>%1 — Checkpoint Inspector</source>
        <translation>%1 — Checkpoint Inspector</translation>
    </message>
    <message>
        <source>%1 (and %2 more warnings)</source>
        <translation>%1 (und %2 weitere Warnungen)</translation>
    </message>
    <message>
        <source>%1 changed on disk: reloading</source>
        <translation>%1 wurde auf der Festplatte geändert: wird neu geladen</translation>
    </message>
    <message>
        <source>Expanded %1 rows; expand deeper subtrees one by one</source>
        <translation>%1 Zeilen aufgeklappt; tiefere Teilbäume einzeln aufklappen</translation>
    </message>
    <message>
        <source>About Checkpoint Inspector</source>
        <translation>Über Checkpoint Inspector</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export Tree</source>
        <translation>Baum &amp;exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Series…</source>
        <translation>&amp;Serie öffnen…</translation>
    </message>
    <message>
        <source>Plot training scalars across several checkpoints of one run</source>
        <translation>Trainingsskalare über mehrere Checkpoints eines Laufs plotten</translation>
    </message>
    <message>
        <source>Open Run &amp;Folder…</source>
        <translation>Lauf&amp;ordner öffnen…</translation>
    </message>
    <message>
        <source>List the checkpoints of a training run: metrics, the best one, identical weights, curves and drift</source>
        <translation>Die Checkpoints eines Trainingslaufs auflisten: Metriken, der beste, identische Gewichte, Kurven und Drift</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Compare the open checkpoint&apos;s tensors with another file</source>
        <translation>Die Tensoren des geöffneten Checkpoints mit einer anderen Datei vergleichen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>As &amp;CSV…</source>
        <translation>Als &amp;CSV…</translation>
    </message>
    <message>
        <source>As &amp;JSON…</source>
        <translation>Als &amp;JSON…</translation>
    </message>
    <message>
        <source>As &amp;Markdown…</source>
        <translation>Als &amp;Markdown…</translation>
    </message>
    <message>
        <source>&amp;Copy Key</source>
        <translation>Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy Full &amp;Path</source>
        <translation>Vollständigen &amp;Pfad kopieren</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>Alle &amp;aufklappen</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <source>Sort in &amp;File Order</source>
        <translation>In &amp;Dateireihenfolge sortieren</translation>
    </message>
    <message>
        <source>&amp;Convert…</source>
        <translation>&amp;Konvertieren…</translation>
    </message>
    <message>
        <source>Plan a conversion of the open checkpoint and write it</source>
        <translation>Eine Konvertierung des geöffneten Checkpoints planen und schreiben</translation>
    </message>
    <message>
        <source>&amp;About Checkpoint Inspector</source>
        <translation>Ü&amp;ber Checkpoint Inspector</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop reading this file</source>
        <translation>Lesen dieser Datei abbrechen</translation>
    </message>
    <message>
        <source>Checkpoint Inspector</source>
        <translation>Checkpoint Inspector</translation>
    </message>
    <message>
        <source>Open Checkpoint</source>
        <translation>Checkpoint öffnen</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Open Run Folder</source>
        <translation>Laufordner öffnen</translation>
    </message>
    <message>
        <source>Open Series</source>
        <translation>Serie öffnen</translation>
    </message>
    <message>
        <source>Could not write the example to %1</source>
        <translation>Das Beispiel konnte nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>Export Tree</source>
        <translation>Baum exportieren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>Open E&amp;xample Checkpoint</source>
        <translation>Beis&amp;piel-Checkpoint öffnen</translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sch&amp;ließen</translation>
    </message>
    <message>
        <source>Close the checkpoint and show the welcome page</source>
        <translation>Den Checkpoint schließen und die Startseite zeigen</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Next Panel</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>P&amp;revious Panel</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Checkpoint tree</source>
        <translation>Checkpoint-Baum</translation>
    </message>
    <message>
        <source>File summary</source>
        <translation>Dateiübersicht</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Details of the selected row</source>
        <translation>Details der ausgewählten Zeile</translation>
    </message>
    <message>
        <source>Safety findings</source>
        <translation>Sicherheitsbefunde</translation>
    </message>
    <message>
        <source>Safety verdict</source>
        <translation>Sicherheitsurteil</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Statistics and histogram of the selected tensor</source>
        <translation>Statistik und Histogramm des ausgewählten Tensors</translation>
    </message>
    <message>
        <source>Statistics of every tensor</source>
        <translation>Statistik aller Tensoren</translation>
    </message>
    <message>
        <source>Training scalars and curves</source>
        <translation>Trainingswerte und -kurven</translation>
    </message>
    <message>
        <source>Comparison summary</source>
        <translation>Zusammenfassung des Vergleichs</translation>
    </message>
    <message>
        <source>Compared tensors</source>
        <translation>Verglichene Tensoren</translation>
    </message>
    <message>
        <source>Relative difference of each tensor</source>
        <translation>Relative Abweichung jedes Tensors</translation>
    </message>
    <message>
        <source>Conversion steps</source>
        <translation>Konvertierungsschritte</translation>
    </message>
    <message>
        <source>Output format</source>
        <translation>Ausgabeformat</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Ausgabedatei</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Lesefortschritt</translation>
    </message>
    <message>
        <source>Compare: First Checkpoint</source>
        <translation>Vergleichen: erster Checkpoint</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 — read in part: what could be read is shown below.</source>
        <translation>%1 — teilweise gelesen: unten wird angezeigt, was gelesen werden konnte.</translation>
    </message>
    <message>
        <source>%1 — no tree could be read; the globals its pickle names are graded in Safety.</source>
        <translation>%1 — kein Baum lesbar; die Globals, die das Pickle nennt, werden unter „Sicherheit“ bewertet.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Opened %1 in part</source>
        <translation>%1 teilweise geöffnet</translation>
    </message>
    <message>
        <source>&amp;Merge Checkpoints…</source>
        <translation>Checkpoints &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>Average checkpoints (a model soup, SWA of the last epochs) or add a difference</source>
        <translation>Checkpoints mitteln (eine Model Soup, SWA der letzten Epochen) oder eine Differenz addieren</translation>
    </message>
    <message>
        <source>&amp;Group Keys by Module</source>
        <translation>Schlüssel nach &amp;Modul gruppieren</translation>
    </message>
    <message>
        <source>Show a state_dict&apos;s dotted keys as a tree of modules with their totals, or one row per key</source>
        <translation>Die Punkt-Schlüssel eines state_dict als Baum von Modulen mit ihren Summen zeigen, oder eine Zeile je Schlüssel</translation>
    </message>
    <message>
        <source>What load_state_dict reports</source>
        <translation>Was load_state_dict meldet</translation>
    </message>
    <message>
        <source>PyTorch&apos;s message</source>
        <translation>Meldung von PyTorch</translation>
    </message>
    <message>
        <source>Histograms of A and B</source>
        <translation>Histogramme von A und B</translation>
    </message>
    <message>
        <source>Scalars that differ</source>
        <translation>Abweichende Skalare</translation>
    </message>
</context>
<context>
    <name>ckpt::Merge</name>
    <message>
        <source>%1: missing in %2</source>
        <comment>a key of the first checkpoint, then the file without it</comment>
        <translation>%1: fehlt in %2</translation>
    </message>
    <message>
        <source>%1: shape %2 in %3, %4 in %5</source>
        <translation>%1: Shape %2 in %3, %4 in %5</translation>
    </message>
    <message>
        <source>%1: %2 in %3, %4 in %5</source>
        <comment>a key, then its dtype in two files</comment>
        <translation>%1: %2 in %3, %4 in %5</translation>
    </message>
    <message>
        <source>%1: only in %2, not in %3</source>
        <translation>%1: nur in %2, nicht in %3</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos;: %3</source>
        <translation>%1: Tensor &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>refusing to write over an input</source>
        <translation>eine Eingabe wird nicht überschrieben</translation>
    </message>
    <message>
        <source>holds no state_dict (no dict of tensors)</source>
        <translation>enthält kein state_dict (kein dict aus Tensoren)</translation>
    </message>
    <message numerus="yes">
        <source>the checkpoints do not have the same tensors: %n keys differ (nothing was written)</source>
        <translation>
            <numerusform>die Checkpoints haben nicht dieselben Tensoren: %n Schlüssel unterscheidet sich (nichts wurde geschrieben)</numerusform>
            <numerusform>die Checkpoints haben nicht dieselben Tensoren: %n Schlüssel unterscheiden sich (nichts wurde geschrieben)</numerusform>
        </translation>
    </message>
    <message>
        <source>merge needs at least two checkpoints</source>
        <translation>das Zusammenführen braucht mindestens zwei Checkpoints</translation>
    </message>
    <message>
        <source>add-difference takes exactly three checkpoints (A + alpha * (B - C)), got %1</source>
        <translation>add-difference nimmt genau drei Checkpoints (A + alpha * (B - C)), erhalten: %1</translation>
    </message>
    <message>
        <source>%1 weights for %2 checkpoints</source>
        <translation>%1 Gewichte für %2 Checkpoints</translation>
    </message>
    <message>
        <source>weights must be finite numbers</source>
        <translation>die Gewichte müssen endliche Zahlen sein</translation>
    </message>
    <message>
        <source>the weights sum to 0</source>
        <translation>die Gewichte ergeben zusammen 0</translation>
    </message>
    <message>
        <source>alpha must be a finite number</source>
        <translation>alpha muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>no scratch file: %1</source>
        <translation>keine Zwischendatei: %1</translation>
    </message>
    <message>
        <source>scratch file: %1</source>
        <translation>Zwischendatei: %1</translation>
    </message>
    <message>
        <source>%1 (nothing was written)</source>
        <translation>%1 (nichts wurde geschrieben)</translation>
    </message>
    <message>
        <source>the recipe could not be written beside it: %1</source>
        <translation>das Rezept konnte nicht daneben geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ckpt::MergeDialog</name>
    <message>
        <source>Add checkpoints to merge</source>
        <translation>Zusammenzuführende Checkpoints hinzufügen</translation>
    </message>
    <message>
        <source>Save merged checkpoint</source>
        <translation>Zusammengeführten Checkpoint speichern</translation>
    </message>
    <message>
        <source>Checking the inputs…</source>
        <translation>Eingaben werden geprüft…</translation>
    </message>
    <message>
        <source>%1 + %2 × (%3 − %4)</source>
        <translation>%1 + %2 × (%3 − %4)</translation>
    </message>
    <message numerus="yes">
        <source>The uniform average of %n checkpoints</source>
        <translation>
            <numerusform>Das ungewichtete Mittel von %n Checkpoint</numerusform>
            <numerusform>Das ungewichtete Mittel von %n Checkpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The weighted average of %n checkpoints (weights %1 after normalising)</source>
        <translation>
            <numerusform>Das gewichtete Mittel von %n Checkpoint (Gewichte nach dem Normieren: %1)</numerusform>
            <numerusform>Das gewichtete Mittel von %n Checkpoints (Gewichte nach dem Normieren: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n floating tensors combined in float64 and stored in their dtype</source>
        <translation>
            <numerusform>%1: %n Gleitkomma-Tensor in float64 verrechnet und in seinem dtype gespeichert</numerusform>
            <numerusform>%1: %n Gleitkomma-Tensoren in float64 verrechnet und in ihrem dtype gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n taken from the first input (integer and bool)</source>
        <translation>
            <numerusform>, %n aus der ersten Eingabe übernommen (Integer und bool)</numerusform>
            <numerusform>, %n aus der ersten Eingabe übernommen (Integer und bool)</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 written.</source>
        <translation>; %1 werden geschrieben.</translation>
    </message>
    <message>
        <source>%1: state_dict %2</source>
        <translation>%1: state_dict %2</translation>
    </message>
    <message>
        <source>Cannot merge: %1</source>
        <translation>Zusammenführen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the merged checkpoint?</source>
        <translation>%1 existiert bereits. Durch den zusammengeführten Checkpoint ersetzen?</translation>
    </message>
    <message>
        <source>Not written: %1 exists and was kept.</source>
        <translation>Nicht geschrieben: %1 existiert und wurde behalten.</translation>
    </message>
    <message>
        <source>Merging into %1…</source>
        <translation>Wird in %1 zusammengeführt…</translation>
    </message>
    <message>
        <source>Wrote %1 (%2), verified on reload.</source>
        <translation>%1 geschrieben (%2), beim erneuten Laden geprüft.</translation>
    </message>
    <message>
        <source>The recipe is in %1.</source>
        <translation>Das Rezept steht in %1.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Merge Checkpoints</source>
        <translation>Checkpoints zusammenführen</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>The first checkpoint gives the result its dtypes and its integer tensors; in a difference it is A</source>
        <translation>Der erste Checkpoint gibt dem Ergebnis seine dtypes und seine Integer-Tensoren; bei einer Differenz ist er A</translation>
    </message>
    <message>
        <source>Average (model soup, SWA)</source>
        <translation>Mittelwert (Model Soup, SWA)</translation>
    </message>
    <message>
        <source>Add difference: A + alpha × (B − C)</source>
        <translation>Differenz addieren: A + alpha × (B − C)</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Alpha:</source>
        <translation>Alpha:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Ausgabe:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open Result</source>
        <translation>Ergebnis öffnen</translation>
    </message>
    <message>
        <source>Add two or more checkpoints of the same model: files, or rows selected in Runs.</source>
        <translation>Fügen Sie zwei oder mehr Checkpoints desselben Modells hinzu: Dateien oder in „Läufe“ ausgewählte Zeilen.</translation>
    </message>
    <message>
        <source>Cannot merge: %1: %2</source>
        <translation>Zusammenführen nicht möglich: %1: %2</translation>
    </message>
</context>
<context>
    <name>ckpt::MessageBanner</name>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
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
        <translation>Standardabweichung wie torch.std() sie angibt: mit Bessel-Korrektur (geteilt durch n − 1)</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>Tensor</translation>
    </message>
    <message>
        <source>dtype</source>
        <translation>dtype</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Std</source>
        <translation>Std</translation>
    </message>
    <message>
        <source>Abs max</source>
        <translation>Abs.-Max.</translation>
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
        <translation>Statistik aller Tensoren berechnen</translation>
    </message>
    <message>
        <source>std</source>
        <translation>Std</translation>
    </message>
    <message>
        <source>abs max</source>
        <translation>Abs.-Max.</translation>
    </message>
    <message>
        <source>tensor (key order)</source>
        <translation>Tensor (Schlüsselreihenfolge)</translation>
    </message>
    <message>
        <source>Computing… %1%</source>
        <translation>Wird berechnet… %1%</translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s)</source>
        <translation>
            <numerusform>%n Tensor</numerusform>
            <numerusform>%n Tensoren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 tensors, %3 with NaN/Inf</source>
        <translation>%1 von %2 Tensoren, %3 mit NaN/Inf</translation>
    </message>
</context>
<context>
    <name>ckpt::PackageFields</name>
    <message>
        <source>Inference package</source>
        <translation>Inferenz-Paket</translation>
    </message>
    <message>
        <source>C&amp;lass names:</source>
        <translation>K&amp;lassennamen:</translation>
    </message>
    <message>
        <source>Model &amp;config:</source>
        <translation>Modell&amp;konfiguration:</translation>
    </message>
    <message>
        <source>Pre&amp;processing:</source>
        <translation>&amp;Vorverarbeitung:</translation>
    </message>
    <message>
        <source>cat, dog, bird   or   [&quot;cat&quot;, &quot;dog&quot;]   or a path</source>
        <translation>cat, dog, bird   oder   [&quot;cat&quot;, &quot;dog&quot;]   oder ein Pfad</translation>
    </message>
    <message>
        <source>Names typed with commas, a JSON list, or a list in the checkpoint. Empty: class_names, classes, labels or idx_to_class from the file</source>
        <translation>Namen mit Kommas, eine JSON-Liste oder eine Liste im Checkpoint. Leer: class_names, classes, labels oder idx_to_class aus der Datei</translation>
    </message>
    <message>
        <source>{&quot;hidden&quot;: 256}   or a path</source>
        <translation>{&quot;hidden&quot;: 256}   oder ein Pfad</translation>
    </message>
    <message>
        <source>A JSON object, or a dict in the checkpoint. Empty: model_config, config, hyper_parameters, hparams or args from the file</source>
        <translation>Ein JSON-Objekt oder ein dict im Checkpoint. Leer: model_config, config, hyper_parameters, hparams oder args aus der Datei</translation>
    </message>
    <message>
        <source>{&quot;mean&quot;: [0.5], &quot;std&quot;: [0.5]}   or a path</source>
        <translation>{&quot;mean&quot;: [0.5], &quot;std&quot;: [0.5]}   oder ein Pfad</translation>
    </message>
    <message>
        <source>A JSON object, or a dict in the checkpoint. Empty: preprocessing from the file, or its mean, std and input size</source>
        <translation>Ein JSON-Objekt oder ein dict im Checkpoint. Leer: preprocessing aus der Datei, oder ihre mean, std und Eingabegröße</translation>
    </message>
</context>
<context>
    <name>ckpt::Phrase</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>a list cut short: the first items, then how many else</comment>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ckpt::Pickle</name>
    <message>
        <source>a tensor in a tree pickled without its checkpoint</source>
        <translation>ein Tensor in einem Baum, der ohne seinen Checkpoint gepickelt wird</translation>
    </message>
    <message>
        <source>a storage in a tree pickled without its checkpoint</source>
        <translation>ein Storage in einem Baum, der ohne seinen Checkpoint gepickelt wird</translation>
    </message>
    <message>
        <source>empty value in the tree</source>
        <translation>leerer Wert im Baum</translation>
    </message>
    <message>
        <source>the tree is nested more than %1 deep</source>
        <translation>der Baum ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>a pickle MARK left in the tree</source>
        <translation>ein Pickle-MARK im Baum übrig</translation>
    </message>
    <message>
        <source>unknown value kind</source>
        <translation>unbekannte Wertart</translation>
    </message>
    <message>
        <source>cannot re-create object %1 (it was made by calling a non-global)</source>
        <translation>Objekt %1 kann nicht neu erzeugt werden (es entstand durch den Aufruf von etwas, das kein Global ist)</translation>
    </message>
    <message>
        <source>%1 (opcode at byte %2)</source>
        <translation>%1 (Opcode bei Byte %2)</translation>
    </message>
    <message>
        <source>pickle ends early: needs %1 more bytes, %2 left</source>
        <translation>das Pickle endet zu früh: braucht %1 Bytes mehr, %2 übrig</translation>
    </message>
    <message>
        <source>pickle ends inside a text argument</source>
        <translation>das Pickle endet in einem Textargument</translation>
    </message>
    <message>
        <source>stack grows past %1 items</source>
        <translation>der Stack wächst über %1 Elemente</translation>
    </message>
    <message>
        <source>creates more than %1 values (a memory bomb)</source>
        <translation>erzeugt mehr als %1 Werte (eine Speicherbombe)</translation>
    </message>
    <message>
        <source>stack underflow</source>
        <translation>Stack-Unterlauf</translation>
    </message>
    <message>
        <source>no MARK on the stack</source>
        <translation>kein MARK auf dem Stack</translation>
    </message>
    <message>
        <source>stack underflow below MARK</source>
        <translation>Stack-Unterlauf unter MARK</translation>
    </message>
    <message>
        <source>memo store with an empty stack</source>
        <translation>Memo-Speichern bei leerem Stack</translation>
    </message>
    <message>
        <source>memo grows past %1 entries</source>
        <translation>das Memo wächst über %1 Einträge</translation>
    </message>
    <message>
        <source>memo key %1 was never stored</source>
        <translation>Memo-Schlüssel %1 wurde nie gespeichert</translation>
    </message>
    <message>
        <source>the pickle builds recursive references (shown as &lt;recursive reference&gt;)</source>
        <translation>das Pickle baut rekursive Verweise (als &lt;recursive reference&gt; gezeigt)</translation>
    </message>
    <message>
        <source>more structural oddities follow (not listed)</source>
        <translation>weitere strukturelle Auffälligkeiten folgen (nicht aufgeführt)</translation>
    </message>
    <message>
        <source>copies more than %1 container items (an expansion bomb)</source>
        <translation>kopiert mehr als %1 Container-Elemente (eine Expansionsbombe)</translation>
    </message>
    <message>
        <source>REDUCE arguments are not a tuple</source>
        <translation>die REDUCE-Argumente sind kein Tupel</translation>
    </message>
    <message>
        <source>calls the result of %1 at byte %2</source>
        <translation>ruft das Ergebnis von %1 bei Byte %2 auf</translation>
    </message>
    <message>
        <source>BUILD modifies the global %1 at byte %2</source>
        <translation>BUILD verändert das Global %1 bei Byte %2</translation>
    </message>
    <message>
        <source>BUILD on a %1 at byte %2</source>
        <translation>BUILD auf einem %1 bei Byte %2</translation>
    </message>
    <message>
        <source>SETITEMS with an odd number of items</source>
        <translation>SETITEMS mit einer ungeraden Zahl von Elementen</translation>
    </message>
    <message>
        <source>SETITEM on a %1 at byte %2</source>
        <translation>SETITEM auf einem %1 bei Byte %2</translation>
    </message>
    <message>
        <source>dict grows past %1 items</source>
        <translation>das dict wächst über %1 Elemente</translation>
    </message>
    <message>
        <source>APPEND on a %1 at byte %2</source>
        <translation>APPEND auf einem %1 bei Byte %2</translation>
    </message>
    <message>
        <source>list grows past %1 items</source>
        <translation>die list wächst über %1 Elemente</translation>
    </message>
    <message>
        <source>pickle ends without STOP</source>
        <translation>das Pickle endet ohne STOP</translation>
    </message>
    <message>
        <source>more than %1 opcodes</source>
        <translation>mehr als %1 Opcodes</translation>
    </message>
    <message>
        <source>STOP with an empty stack</source>
        <translation>STOP bei leerem Stack</translation>
    </message>
    <message>
        <source>MARK left open at STOP</source>
        <translation>MARK bei STOP noch offen</translation>
    </message>
    <message>
        <source>unsupported pickle protocol %1</source>
        <translation>nicht unterstütztes Pickle-Protokoll %1</translation>
    </message>
    <message>
        <source>DUP on an empty stack</source>
        <translation>DUP auf leerem Stack</translation>
    </message>
    <message>
        <source>INT argument is not a number Python reads</source>
        <translation>das INT-Argument ist keine Zahl, die Python liest</translation>
    </message>
    <message>
        <source>LONG argument is not a number Python reads</source>
        <translation>das LONG-Argument ist keine Zahl, die Python liest</translation>
    </message>
    <message>
        <source>FLOAT argument is not a number</source>
        <translation>das FLOAT-Argument ist keine Zahl</translation>
    </message>
    <message>
        <source>STRING argument is not quoted</source>
        <translation>das STRING-Argument steht nicht in Anführungszeichen</translation>
    </message>
    <message>
        <source>negative BINSTRING length</source>
        <translation>negative BINSTRING-Länge</translation>
    </message>
    <message>
        <source>%1 declares %2 bytes, only %3 left in the pickle</source>
        <translation>%1 gibt %2 Bytes an, im Pickle sind nur %3 übrig</translation>
    </message>
    <message>
        <source>%1: out-of-band buffers are not part of a file</source>
        <translation>%1: Out-of-band-Puffer sind nicht Teil einer Datei</translation>
    </message>
    <message>
        <source>PUT key is not a number Python reads</source>
        <translation>der PUT-Schlüssel ist keine Zahl, die Python liest</translation>
    </message>
    <message>
        <source>GET key is not a number Python reads</source>
        <translation>der GET-Schlüssel ist keine Zahl, die Python liest</translation>
    </message>
    <message>
        <source>STACK_GLOBAL arguments are a %1 and a %2, not strings</source>
        <translation>die STACK_GLOBAL-Argumente sind ein %1 und ein %2, keine Strings</translation>
    </message>
    <message>
        <source>OBJ without a class</source>
        <translation>OBJ ohne Klasse</translation>
    </message>
    <message>
        <source>unknown opcode 0x%1</source>
        <translation>unbekannter Opcode 0x%1</translation>
    </message>
</context>
<context>
    <name>ckpt::PreferencesDialog</name>
    <message>
        <source>Uniform (as torch.histc)</source>
        <translation>Gleichmäßig (wie torch.histc)</translation>
    </message>
    <message>
        <source>Exponential (TensorBoard&apos;s buckets)</source>
        <translation>Exponentiell (Klassen wie TensorBoard)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Konvertieren</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Histogram &amp;bins:</source>
        <translation>Histogramm-&amp;Bins:</translation>
    </message>
    <message>
        <source>Bi&amp;nning:</source>
        <translation>Bi&amp;nning:</translation>
    </message>
    <message>
        <source>Default &amp;save format:</source>
        <translation>Standard&amp;format beim Speichern:</translation>
    </message>
    <message>
        <source>&amp;Verify after writing (compare every tensor&apos;s SHA-256)</source>
        <translation>Nach dem Schreiben &amp;prüfen (SHA-256 jedes Tensors vergleichen)</translation>
    </message>
    <message>
        <source>&amp;Recent files listed:</source>
        <translation>&amp;Zuletzt geöffnete Dateien:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Bins of a new histogram in the Statistics dock</source>
        <translation>Bins eines neuen Histogramms im Statistik-Dock</translation>
    </message>
    <message>
        <source>System follows the desktop; Light and Dark use the Fusion style</source>
        <translation>System folgt dem Desktop; Hell und Dunkel verwenden den Fusion-Stil</translation>
    </message>
    <message>
        <source>&amp;Cast to:</source>
        <translation>&amp;Umwandeln in:</translation>
    </message>
    <message>
        <source>The dtype the Convert dock&apos;s Cast step offers first</source>
        <translation>Der dtype, den der Umwandlungsschritt im Konvertieren-Dock zuerst anbietet</translation>
    </message>
    <message>
        <source>S&amp;hards:</source>
        <translation>S&amp;hards:</translation>
    </message>
</context>
<context>
    <name>ckpt::RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>ckpt::RunCurvesView</name>
    <message>
        <source>Open several checkpoints of one run, or a folder of them.</source>
        <translation>Öffnen Sie mehrere Checkpoints eines Laufs oder einen Ordner davon.</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>File order</source>
        <translation>Dateireihenfolge</translation>
    </message>
    <message>
        <source>Smoothing (TensorBoard&apos;s exponential moving average)</source>
        <translation>Glättung (exponentieller gleitender Mittelwert wie in TensorBoard)</translation>
    </message>
    <message>
        <source>X axis:</source>
        <translation>X-Achse:</translation>
    </message>
    <message>
        <source>Smoothing:</source>
        <translation>Glättung:</translation>
    </message>
    <message>
        <source>%1 = %2 at %3 in %4</source>
        <translation>%1 = %2 bei %3 in %4</translation>
    </message>
    <message>
        <source>Reading the checkpoints in %1…</source>
        <translation>Checkpoints in %1 werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the metadata of %n file(s)…</source>
        <translation>
            <numerusform>Metadaten von %n Datei werden gelesen…</numerusform>
            <numerusform>Metadaten von %n Dateien werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Checkpoints: %1</source>
        <translation>Checkpoints: %1</translation>
    </message>
    <message>
        <source>trainer_state.json log entries: %1</source>
        <translation>Logeinträge in trainer_state.json: %1</translation>
    </message>
    <message>
        <source>scalars in two or more: %1</source>
        <translation>Skalare in zwei oder mehr: %1</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source> (smoothed)</source>
        <translation> (geglättet)</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Lauf: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1</source>
        <translation>
            <numerusform>%n Datei in %1</numerusform>
            <numerusform>%n Dateien in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ckpt::RunTableModel</name>
    <message>
        <source>Best: %1</source>
        <translation>Bester: %1</translation>
    </message>
    <message>
        <source>Same weights as %1</source>
        <translation>Gleiche Gewichte wie %1</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>ckpt::Runs</name>
    <message>
        <source>the run&apos;s ModelCheckpoint callback monitors it (its key names no mode: Lightning&apos;s default &apos;min&apos;)</source>
        <translation>der ModelCheckpoint-Callback des Laufs überwacht diese Metrik (sein Schlüssel nennt keinen Modus: Lightnings Voreinstellung &apos;min&apos;)</translation>
    </message>
    <message>
        <source>the run&apos;s ModelCheckpoint callback monitors it (mode &apos;%1&apos;)</source>
        <translation>der ModelCheckpoint-Callback des Laufs überwacht diese Metrik (Modus &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>%1/training_args.bin sets metric_for_best_model to it, greater_is_better %2</source>
        <translation>%1/training_args.bin setzt metric_for_best_model auf diese Metrik, greater_is_better %2</translation>
    </message>
    <message>
        <source>%1/training_args.bin sets metric_for_best_model to it, greater_is_better unset (%2 for a name ending in &apos;loss&apos;)</source>
        <translation>%1/training_args.bin setzt metric_for_best_model auf diese Metrik, greater_is_better nicht gesetzt (%2 für einen Namen, der auf &apos;loss&apos; endet)</translation>
    </message>
    <message>
        <source>%1/training_args.bin sets metric_for_best_model to it, greater_is_better unset (%2 for a name not ending in &apos;loss&apos;)</source>
        <translation>%1/training_args.bin setzt metric_for_best_model auf diese Metrik, greater_is_better nicht gesetzt (%2 für einen Namen, der nicht auf &apos;loss&apos; endet)</translation>
    </message>
    <message>
        <source>--metric %1 not used: the run monitors %2</source>
        <translation>--metric %1 nicht verwendet: Der Lauf überwacht %2</translation>
    </message>
    <message>
        <source>--metric and --mode ask for it; the run monitors none</source>
        <translation>--metric und --mode verlangen diese Metrik; der Lauf überwacht keine</translation>
    </message>
    <message>
        <source>--metric asks for it (%1 for a name like a loss or error); the run monitors none</source>
        <translation>--metric verlangt diese Metrik (%1 für einen Namen wie ein Loss oder Fehler); der Lauf überwacht keine</translation>
    </message>
    <message>
        <source>--metric asks for it (%1 for a name not like a loss or error); the run monitors none</source>
        <translation>--metric verlangt diese Metrik (%1 für einen Namen, der nicht nach Loss oder Fehler aussieht); der Lauf überwacht keine</translation>
    </message>
    <message>
        <source>the run monitors no metric and --metric was not given, so a validation loss decides</source>
        <translation>der Lauf überwacht keine Metrik und --metric wurde nicht angegeben, daher entscheidet ein Validierungs-Loss</translation>
    </message>
    <message>
        <source>no best: the run monitors no metric, --metric was not given and no checkpoint has a validation loss</source>
        <translation>kein bester: Der Lauf überwacht keine Metrik, --metric wurde nicht angegeben und kein Checkpoint hat einen Validierungs-Loss</translation>
    </message>
    <message>
        <source>no best: %1 (%2) would decide (%3), but no checkpoint has it</source>
        <translation>kein bester: %1 (%2) würde entscheiden (%3), aber kein Checkpoint hat diese Metrik</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3; lowest of %n checkpoints with it: %4 in %5</source>
        <translation>
            <numerusform>%1 (%2): %3; %n Checkpoint hat diese Metrik: %4 in %5</numerusform>
            <numerusform>%1 (%2): %3; niedrigster Wert unter %n Checkpoints mit dieser Metrik: %4 in %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3; highest of %n checkpoints with it: %4 in %5</source>
        <translation>
            <numerusform>%1 (%2): %3; %n Checkpoint hat diese Metrik: %4 in %5</numerusform>
            <numerusform>%1 (%2): %3; höchster Wert unter %n Checkpoints mit dieser Metrik: %4 in %5</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>two clauses of one sentence</comment>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 records the same value but holds a later checkpoint&apos;s weights</source>
        <comment>%1 names one or more checkpoints</comment>
        <translation>
            <numerusform>%1 verzeichnet denselben Wert, enthält aber die Gewichte eines späteren Checkpoints</numerusform>
            <numerusform>%1 verzeichnen denselben Wert, enthalten aber die Gewichte eines späteren Checkpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>the run recorded %1 as its best; it is not in the folder</source>
        <translation>der Lauf hat %1 als seinen besten verzeichnet; diese Datei ist nicht im Ordner</translation>
    </message>
    <message>
        <source>the run recorded %1 as its best, but %2 has the lowest %3</source>
        <translation>der Lauf hat %1 als seinen besten verzeichnet, aber %2 hat den niedrigsten Wert von %3</translation>
    </message>
    <message>
        <source>the run recorded %1 as its best, but %2 has the highest %3</source>
        <translation>der Lauf hat %1 als seinen besten verzeichnet, aber %2 hat den höchsten Wert von %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: not searched (more than %n folders deep)</source>
        <translation>
            <numerusform>%1: nicht durchsucht (mehr als %n Ordner tief)</numerusform>
            <numerusform>%1: nicht durchsucht (mehr als %n Ordner tief)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has the same weights as %2 in another container (%3, %4)</source>
        <translation>%1 hat dieselben Gewichte wie %2, in einem anderen Container (%3, %4)</translation>
    </message>
    <message>
        <source>%1 has the same weights as %2</source>
        <translation>%1 hat dieselben Gewichte wie %2</translation>
    </message>
    <message>
        <source>%1 has the same weights as %2 in another container (%3, %4) though its epoch says %5: saved from model.state_dict() without a copy?</source>
        <translation>%1 hat dieselben Gewichte wie %2, in einem anderen Container (%3, %4), obwohl seine Epoche %5 angibt: ohne Kopie aus model.state_dict() gespeichert?</translation>
    </message>
    <message>
        <source>%1 has the same weights as %2 though its epoch says %3: saved from model.state_dict() without a copy?</source>
        <translation>%1 hat dieselben Gewichte wie %2, obwohl seine Epoche %3 angibt: ohne Kopie aus model.state_dict() gespeichert?</translation>
    </message>
    <message>
        <source>%1 has the same weights as %2 in another container (%3, %4) though its step says %5: saved from model.state_dict() without a copy?</source>
        <translation>%1 hat dieselben Gewichte wie %2, in einem anderen Container (%3, %4), obwohl sein Schritt %5 angibt: ohne Kopie aus model.state_dict() gespeichert?</translation>
    </message>
    <message>
        <source>%1 has the same weights as %2 though its step says %3: saved from model.state_dict() without a copy?</source>
        <translation>%1 hat dieselben Gewichte wie %2, obwohl sein Schritt %3 angibt: ohne Kopie aus model.state_dict() gespeichert?</translation>
    </message>
    <message>
        <source>%1: %2; its weights were not compared</source>
        <translation>%1: %2; seine Gewichte wurden nicht verglichen</translation>
    </message>
    <message numerus="yes">
        <source>all %n checkpoints have the same weights: did the optimizer ever step?</source>
        <translation>
            <numerusform>alle %n Checkpoints haben dieselben Gewichte: Hat der Optimizer je einen Schritt gemacht?</numerusform>
            <numerusform>alle %n Checkpoints haben dieselben Gewichte: Hat der Optimizer je einen Schritt gemacht?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 tensors never changed across %n checkpoints with different weights: %3 (a frozen layer, or parameters the optimizer was never given?)</source>
        <translation>
            <numerusform>%1 von %2 Tensoren haben sich über %n Checkpoint mit unterschiedlichen Gewichten nie geändert: %3 (eine eingefrorene Schicht oder Parameter, die der Optimizer nie bekam?)</numerusform>
            <numerusform>%1 von %2 Tensoren haben sich über %n Checkpoints mit unterschiedlichen Gewichten nie geändert: %3 (eine eingefrorene Schicht oder Parameter, die der Optimizer nie bekam?)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a run&apos;s folder, then a sentence about it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>Ordner existiert nicht</translation>
    </message>
    <message>
        <source>not a folder (ckpt runs reads a folder of checkpoints)</source>
        <translation>kein Ordner (ckpt runs liest einen Ordner mit Checkpoints)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no model.safetensors or pytorch_model.bin in the folder</source>
        <translation>kein model.safetensors oder pytorch_model.bin im Ordner</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a checkpoint, then why it could not be read</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no checkpoints found (.pt .pth .ckpt .bin .tar .pkl .safetensors files or checkpoint-N folders, four folders deep)</source>
        <translation>keine Checkpoints gefunden (Dateien .pt .pth .ckpt .bin .tar .pkl .safetensors oder Ordner checkpoint-N, vier Ordnerebenen tief)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a tensor, then why it cannot be read</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ckpt::RunsDock</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>File › Open Run Folder… lists the checkpoints of a training run.</source>
        <translation>Datei › Laufordner öffnen… listet die Checkpoints eines Trainingslaufs auf.</translation>
    </message>
    <message>
        <source>The table, the best checkpoint and identical weights need a run folder.</source>
        <translation>Die Tabelle, der beste Checkpoint und identische Gewichte brauchen einen Laufordner.</translation>
    </message>
    <message>
        <source>Reading the checkpoints in %1…</source>
        <translation>Checkpoints in %1 werden gelesen…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Best: %1. %2</source>
        <translation>Bester: %1. %2</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop reading the run</source>
        <translation>Lesen des Laufs abbrechen</translation>
    </message>
    <message>
        <source>Average Selected…</source>
        <translation>Auswahl mitteln…</translation>
    </message>
    <message>
        <source>Average the selected checkpoints (a model soup, SWA of the last epochs) in Tools › Merge Checkpoints</source>
        <translation>Die ausgewählten Checkpoints mitteln (eine Model Soup, SWA der letzten Epochen), in Extras › Checkpoints zusammenführen</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>Kurven</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
</context>
<context>
    <name>ckpt::Safety</name>
    <message>
        <source>STACK_GLOBAL with arguments that are not strings hides its target</source>
        <translation>STACK_GLOBAL mit Argumenten, die keine Strings sind, verbirgt sein Ziel</translation>
    </message>
    <message>
        <source>%1 (via %2 at byte %3)</source>
        <comment>a reason, then the opcode and where it names the global</comment>
        <translation>%1 (über %2 bei Byte %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) left on the stack after STOP</source>
        <translation>
            <numerusform>%n Element nach STOP auf dem Stack übrig</numerusform>
            <numerusform>%n Elemente nach STOP auf dem Stack übrig</numerusform>
        </translation>
    </message>
    <message>
        <source>the pickle breaks after a dangerous global: %1</source>
        <translation>der Pickle bricht nach einem gefährlichen Global ab: %1</translation>
    </message>
    <message>
        <source>the pickle breaks after importing %1, a global outside the allow-list: torch.load would have called it before failing (%2)</source>
        <translation>der Pickle bricht ab, nachdem er %1 importiert hat, ein Global außerhalb der Allow-List: torch.load hätte es aufgerufen, bevor es scheitert (%2)</translation>
    </message>
    <message>
        <source>%1, pickle %2 at byte %3</source>
        <translation>%1, Pickle %2 bei Byte %3</translation>
    </message>
    <message>
        <source>%1 bytes after STOP that do not form a pickle (%2)</source>
        <translation>%1 Bytes nach STOP, die keinen Pickle bilden (%2)</translation>
    </message>
    <message>
        <source>%1: more than %2 stacked pickles; the rest was not scanned</source>
        <translation>%1: mehr als %2 gestapelte Pickles; der Rest wurde nicht geprüft</translation>
    </message>
    <message>
        <source>%1 bytes after %2, which torch.load ignores (scanned for pickles)</source>
        <translation>%1 Bytes nach %2, die torch.load ignoriert (nach Pickles durchsucht)</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>the file from byte 0, as torch.load unpickles it</source>
        <translation>die Datei ab Byte 0, so wie torch.load sie entpickelt</translation>
    </message>
    <message>
        <source>read as %1, but its bytes are also a pickle that torch.load would unpickle (a polyglot)</source>
        <translation>als %1 gelesen, aber ihre Bytes sind auch ein Pickle, den torch.load entpickeln würde (ein Polyglott)</translation>
    </message>
    <message>
        <source>%1 is a TorchScript class: torch.jit.load builds it from the archive&apos;s code/ folder; torch.load cannot</source>
        <translation>%1 ist eine TorchScript-Klasse: torch.jit.load baut sie aus dem Ordner code/ des Archivs; torch.load kann das nicht</translation>
    </message>
    <message>
        <source>%1 is a TorchScript pickle helper that torch.jit.load reads; it is not in PyTorch&apos;s weights_only allow-list</source>
        <translation>%1 ist eine TorchScript-Pickle-Hilfsfunktion, die torch.jit.load liest; sie steht nicht auf der weights_only-Allow-List von PyTorch</translation>
    </message>
    <message>
        <source>%1 is another spelling of %2, which PyTorch never writes; weights_only accepts only %2, so torch.load needs weights_only=False</source>
        <translation>%1 ist eine andere Schreibweise von %2, die PyTorch nie schreibt; weights_only akzeptiert nur %2, daher braucht torch.load weights_only=False</translation>
    </message>
    <message>
        <source>%1 is not in PyTorch&apos;s weights_only allow-list: weights_only rejects torch layouts and memory formats as bare globals (torch.save writes layouts through torch.serialization._get_layout), so torch.load needs weights_only=False</source>
        <translation>%1 steht nicht auf der weights_only-Allow-List von PyTorch: weights_only lehnt torch-Layouts und Speicherformate als bloße Globals ab (torch.save schreibt Layouts über torch.serialization._get_layout), daher braucht torch.load weights_only=False</translation>
    </message>
    <message>
        <source>%1 is not in PyTorch&apos;s weights_only allow-list: importing and calling `%2` is what torch.load(weights_only=False) would do</source>
        <translation>%1 steht nicht auf der weights_only-Allow-List von PyTorch: `%2` zu importieren und aufzurufen ist, was torch.load(weights_only=False) tun würde</translation>
    </message>
    <message>
        <source>%1 (%2 in Python 3)</source>
        <translation>%1 (%2 in Python 3)</translation>
    </message>
    <message>
        <source>(%1 rule)</source>
        <translation>(Regel von %1)</translation>
    </message>
    <message>
        <source>(deny-listed by %1)</source>
        <translation>(auf der Deny-List von %1)</translation>
    </message>
    <message>
        <source>(%1 is deny-listed by %2)</source>
        <translation>(%1 steht auf der Deny-List von %2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a reason, then who deny-lists it (in parentheses)</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 is a pickle EXT code: copyreg&apos;s registry in the loading program chooses the target, so it cannot be checked</source>
        <translation>%1 ist ein Pickle-EXT-Code: Die copyreg-Registry im ladenden Programm wählt das Ziel, daher lässt es sich nicht prüfen</translation>
    </message>
    <message>
        <source>global `%1` has an empty module or name: its target cannot be known before loading, which scanners treat as dangerous</source>
        <translation>das Global `%1` hat ein leeres Modul oder einen leeren Namen: Sein Ziel ist vor dem Laden nicht bekannt, was Scanner als gefährlich werten</translation>
    </message>
    <message>
        <source>`%1` is not a valid Python name: the pickle is malformed or tampered with</source>
        <translation>`%1` ist kein gültiger Python-Name: Der Pickle ist fehlerhaft oder manipuliert</translation>
    </message>
    <message>
        <source>%1 %2; only plain-data builtins (set, int, ...) are safe</source>
        <translation>%1 %2; nur Builtins für reine Daten (set, int, ...) sind sicher</translation>
    </message>
    <message>
        <source>%1 walks Python internals through `%2`, a path to eval or any module (%3 rule)</source>
        <translation>%1 durchläuft über `%2` Python-Interna, ein Weg zu eval oder jedem Modul (Regel von %3)</translation>
    </message>
    <message>
        <source>%1 reaches the module %2 through attribute access; %3 %4</source>
        <translation>%1 erreicht das Modul %2 über Attributzugriff; %3 %4</translation>
    </message>
    <message>
        <source>%1 is in PyTorch&apos;s weights_only allow-list (PyTorch 2.x; 1.13&apos;s weights_only rejects it)</source>
        <translation>%1 steht auf der weights_only-Allow-List von PyTorch (PyTorch 2.x; das weights_only von 1.13 lehnt es ab)</translation>
    </message>
    <message>
        <source>%1 is in PyTorch&apos;s weights_only allow-list of 1.13 (and maybe early 2.x); newer PyTorch rejects it</source>
        <translation>%1 steht auf der weights_only-Allow-List von PyTorch 1.13 (und vielleicht frühem 2.x); neueres PyTorch lehnt es ab</translation>
    </message>
    <message>
        <source>%1 is in PyTorch&apos;s weights_only allow-list</source>
        <translation>%1 steht auf der weights_only-Allow-List von PyTorch</translation>
    </message>
    <message>
        <source>%1 runs a shell command</source>
        <translation>%1 führt einen Shell-Befehl aus</translation>
    </message>
    <message>
        <source>%1 evaluates Python code</source>
        <translation>%1 wertet Python-Code aus</translation>
    </message>
    <message>
        <source>%1 imports any module</source>
        <translation>%1 importiert beliebige Module</translation>
    </message>
    <message>
        <source>%1 opens or writes files</source>
        <translation>%1 öffnet oder schreibt Dateien</translation>
    </message>
    <message>
        <source>%1 makes network connections</source>
        <translation>%1 baut Netzwerkverbindungen auf</translation>
    </message>
    <message>
        <source>%1 loads another pickle with full trust</source>
        <translation>%1 lädt einen weiteren Pickle mit vollem Vertrauen</translation>
    </message>
    <message>
        <source>%1 reaches any attribute of any object (a path to eval or os.system)</source>
        <translation>%1 erreicht jedes Attribut jedes Objekts (ein Weg zu eval oder os.system)</translation>
    </message>
    <message>
        <source>%1 calls another function with arguments of the file&apos;s choosing</source>
        <translation>%1 ruft eine andere Funktion mit Argumenten auf, die die Datei wählt</translation>
    </message>
    <message>
        <source>%1 calls native code in shared libraries</source>
        <translation>%1 ruft nativen Code in Shared Libraries auf</translation>
    </message>
    <message>
        <source>%1 changes the running Python interpreter</source>
        <translation>%1 verändert den laufenden Python-Interpreter</translation>
    </message>
    <message>
        <source>%1 installs packages</source>
        <translation>%1 installiert Pakete</translation>
    </message>
    <message>
        <source>%1 is a Python builtin that is not plain data</source>
        <translation>%1 ist ein Python-Builtin, das keine reinen Daten sind</translation>
    </message>
    <message>
        <source>%1 refers to a module object, which no real checkpoint holds: a crafted pickle can overwrite functions PyTorch calls</source>
        <translation>%1 verweist auf ein Modulobjekt, das kein echter Checkpoint enthält: Ein präparierter Pickle kann Funktionen überschreiben, die PyTorch aufruft</translation>
    </message>
    <message>
        <source>%1 walks Python internals (dunder attributes), a path to eval or any module</source>
        <translation>%1 durchläuft Python-Interna (Dunder-Attribute), ein Weg zu eval oder jedem Modul</translation>
    </message>
    <message>
        <source>%1 has a target that cannot be known before loading</source>
        <translation>%1 hat ein Ziel, das vor dem Laden nicht bekannt sein kann</translation>
    </message>
    <message>
        <source>zip directory</source>
        <translation>Zip-Verzeichnis</translation>
    </message>
    <message>
        <source>zip flag bits 0x%1 make Python&apos;s zipfile refuse this record; PyTorch reads it anyway (a trick to blind scanners)</source>
        <translation>die Zip-Flag-Bits 0x%1 lassen Pythons zipfile diesen Eintrag ablehnen; PyTorch liest ihn trotzdem (ein Trick, um Scanner zu blenden)</translation>
    </message>
    <message>
        <source>a record torch.save does not write (scanned as a possible pickle)</source>
        <translation>ein Eintrag, den torch.save nicht schreibt (als möglicher Pickle geprüft)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no record</comment>
        <translation>keinen Eintrag</translation>
    </message>
    <message>
        <source>one it cannot open</source>
        <comment>a record</comment>
        <translation>einen Eintrag, den es nicht öffnen kann</translation>
    </message>
    <message>
        <source>%1 bytes at byte %2</source>
        <translation>%1 Bytes ab Byte %2</translation>
    </message>
    <message>
        <source>%1 reads a different data.pkl than %2: %3 instead of %4</source>
        <translation>%1 liest eine andere data.pkl als %2: %3 statt %4</translation>
    </message>
    <message>
        <source>only %1 lists %2</source>
        <translation>nur %1 listet %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>two clauses</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>the loaders read different records: %1</source>
        <translation>die Lader lesen unterschiedliche Einträge: %1</translation>
    </message>
    <message>
        <source>%1 reads record &apos;%2&apos; from other bytes than %3: %4 instead of %5</source>
        <translation>%1 liest den Eintrag &apos;%2&apos; aus anderen Bytes als %3: %4 statt %5</translation>
    </message>
    <message>
        <source>%1 reads this zip but %2 refuses it (%3): what one loader runs, the other cannot see</source>
        <translation>%1 liest dieses Zip, aber %2 lehnt es ab (%3): Was der eine Lader ausführt, kann der andere nicht sehen</translation>
    </message>
    <message>
        <source>%1 (both readings are scanned)</source>
        <translation>%1 (beide Lesarten werden geprüft)</translation>
    </message>
    <message>
        <source>CRC-32 mismatch: Python&apos;s zipfile refuses this record, PyTorch reads it unchecked (a trick to blind scanners)</source>
        <translation>CRC-32 stimmt nicht: Pythons zipfile lehnt diesen Eintrag ab, PyTorch liest ihn ungeprüft (ein Trick, um Scanner zu blenden)</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>nicht geprüft: %1</translation>
    </message>
    <message>
        <source>PyTorch&apos;s weights_only</source>
        <comment>one of the lists that deny a global</comment>
        <translation>weights_only von PyTorch</translation>
    </message>
    <message>
        <source>7z archive</source>
        <translation>7z-Archiv</translation>
    </message>
    <message>
        <source>7z archive: not scanned</source>
        <translation>7z-Archiv: nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <source>builtins.getattr only reads members of DCP&apos;s _MEM_FORMAT_ENCODING enum (%n times): how pickle stores an Enum by name; harmless here</source>
        <translation>
            <numerusform>builtins.getattr liest nur Mitglieder der DCP-Enum _MEM_FORMAT_ENCODING (%n Mal): So speichert pickle eine Enum über ihren Namen; hier harmlos</numerusform>
            <numerusform>builtins.getattr liest nur Mitglieder der DCP-Enum _MEM_FORMAT_ENCODING (%n Mal): So speichert pickle eine Enum über ihren Namen; hier harmlos</numerusform>
        </translation>
    </message>
    <message>
        <source>object pickle</source>
        <comment>the legacy format&apos;s main pickle</comment>
        <translation>Objekt-Pickle</translation>
    </message>
    <message>
        <source>file</source>
        <comment>where a finding is: the whole file</comment>
        <translation>Datei</translation>
    </message>
    <message>
        <source>the last storage</source>
        <comment>%1 bytes after it</comment>
        <translation>dem letzten Storage</translation>
    </message>
    <message>
        <source>object array pickle</source>
        <comment>a .npy of dtype object</comment>
        <translation>Pickle des Objekt-Arrays</translation>
    </message>
    <message>
        <source>npy header</source>
        <translation>npy-Header</translation>
    </message>
    <message>
        <source>.npy header declares more data than the %1 bytes after it</source>
        <translation>der .npy-Header gibt mehr Daten an als die %1 Bytes dahinter</translation>
    </message>
    <message>
        <source>a bare pickle, not a torch.save file: torch.load unpickles it, then fails</source>
        <translation>ein bloßer Pickle, keine torch.save-Datei: torch.load entpickelt ihn und scheitert dann</translation>
    </message>
    <message>
        <source>a record that may be a pickle could not be scanned: %1</source>
        <translation>ein Eintrag, der ein Pickle sein kann, ließ sich nicht prüfen: %1</translation>
    </message>
    <message>
        <source>record outside the archive folder &apos;%1&apos;</source>
        <translation>Eintrag außerhalb des Archivordners &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where a pickle is, then why it stops</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ckpt::SafetyDock</name>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>No checkpoint open.</source>
        <translation>Kein Checkpoint geöffnet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do not torch.load this file.&lt;/b&gt; It references globals that can run arbitrary code. Nothing from it was run here.</source>
        <translation>&lt;b&gt;Diese Datei nicht mit torch.load laden.&lt;/b&gt; Sie verweist auf Globals, die beliebigen Code ausführen können. Hier wurde nichts daraus ausgeführt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suspicious structure.&lt;/b&gt; The file is damaged or crafted; what could be read is shown.</source>
        <translation>&lt;b&gt;Verdächtige Struktur.&lt;/b&gt; Die Datei ist beschädigt oder manipuliert; angezeigt wird, was gelesen werden konnte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs code.&lt;/b&gt; Importing and calling the code below is what torch.load(weights_only=False) would do; only do that for files you trust.</source>
        <translation>&lt;b&gt;Braucht Code.&lt;/b&gt; Den Code unten zu importieren und aufzurufen ist, was torch.load(weights_only=False) tun würde; tun Sie das nur bei Dateien, denen Sie vertrauen.</translation>
    </message>
    <message>
        <source>✔ safetensors holds no code: it is not a torch.load file; load it with safetensors.torch.load_file.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</source>
        <translation>✔ safetensors enthält keinen Code: keine Datei für torch.load; laden Sie sie mit safetensors.torch.load_file.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>✔ Stock &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt; accepts this file.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</source>
        <translation>✔ Das unveränderte &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt; akzeptiert diese Datei.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>✘ Stock &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt; would not accept this file.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</source>
        <translation>✘ Das unveränderte &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt; würde diese Datei nicht akzeptieren.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>? Cannot be judged.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</source>
        <translation>? Nicht beurteilbar.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>data you can allow</source>
        <translation>Daten, die Sie erlauben können</translation>
    </message>
    <message>
        <source>needs its code</source>
        <translation>braucht seinen Code</translation>
    </message>
    <message>
        <source>dangerous</source>
        <translation>gefährlich</translation>
    </message>
    <message>
        <source>refused by %1</source>
        <translation>abgelehnt von %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The weights_only doctor&lt;/b&gt;</source>
        <translation>&lt;b&gt;Der weights_only-Doktor&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the lines that make torch.load(weights_only=True) accept the plain data</source>
        <translation>Die Zeilen kopieren, mit denen torch.load(weights_only=True) die reinen Daten annimmt</translation>
    </message>
    <message>
        <source>Make weights-only loadable…</source>
        <translation>Für weights_only ladbar machen…</translation>
    </message>
    <message>
        <source>Add the step that rewrites the plain data into plain values to the conversion plan</source>
        <translation>Den Schritt, der die reinen Daten in einfache Werte umschreibt, zum Konvertierungsplan hinzufügen</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Refused by</source>
        <translation>Abgelehnt von</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Was es ist</translation>
    </message>
    <message>
        <source>torch %1: loads</source>
        <translation>torch %1: lädt</translation>
    </message>
    <message>
        <source>torch %1: refuses</source>
        <translation>torch %1: lehnt ab</translation>
    </message>
    <message>
        <source>✔ Stock &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt; of torch %1 accepts this file; %2 refuses it.&lt;br&gt;&lt;small&gt;%3&lt;/small&gt;</source>
        <translation>✔ Das unveränderte &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt; von torch %1 akzeptiert diese Datei; %2 lehnt sie ab.&lt;br&gt;&lt;small&gt;%3&lt;/small&gt;</translation>
    </message>
    <message>
        <source>torch %1: depends on the release</source>
        <translation>torch %1: hängt vom Release ab</translation>
    </message>
    <message>
        <source>✔ Stock &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt; of torch %1 accepts this file; in %2 it depends on the release.&lt;br&gt;&lt;small&gt;%3&lt;/small&gt;</source>
        <translation>✔ Das unveränderte &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt; von torch %1 akzeptiert diese Datei; in %2 hängt es vom Release ab.&lt;br&gt;&lt;small&gt;%3&lt;/small&gt;</translation>
    </message>
    <message>
        <source>✔ Stock &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt; of torch %1 accepts this file; %2 refuses it; in %3 it depends on the release.&lt;br&gt;&lt;small&gt;%4&lt;/small&gt;</source>
        <translation>✔ Das unveränderte &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt; von torch %1 akzeptiert diese Datei; %2 lehnt sie ab; in %3 hängt es vom Release ab.&lt;br&gt;&lt;small&gt;%4&lt;/small&gt;</translation>
    </message>
    <message>
        <source>torch %1: hands it to torch.jit.load</source>
        <translation>torch %1: übergibt sie an torch.jit.load</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hostile file.&lt;/b&gt; Code that can run anything is hidden where torch.load does not read, but other loaders and tools do. Nothing from it was run here.</source>
        <translation>&lt;b&gt;Feindselige Datei.&lt;/b&gt; Code, der alles ausführen kann, ist dort versteckt, wo torch.load nicht liest, andere Lader und Werkzeuge aber schon. Nichts daraus wurde hier ausgeführt.</translation>
    </message>
    <message>
        <source>✘ Stock &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt; of torch %1 (its default there) refuses this file; %2 accepts it.&lt;br&gt;&lt;small&gt;%3&lt;/small&gt;</source>
        <translation>✘ Das unveränderte &lt;code&gt;torch.load(weights_only=True)&lt;/code&gt; von torch %1 (dort die Voreinstellung) lehnt diese Datei ab; %2 akzeptiert sie.&lt;br&gt;&lt;small&gt;%3&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>ckpt::ScalarChangesView</name>
    <message>
        <source>Scalar</source>
        <translation>Skalar</translation>
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
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>No scalar differs</source>
        <translation>Kein Skalar weicht ab</translation>
    </message>
</context>
<context>
    <name>ckpt::ShardSizeBox</name>
    <message>
        <source>One file</source>
        <translation>Eine Datei</translation>
    </message>
    <message>
        <source>Write Hugging Face shards of at most this size each plus their index (5GB = 5,000,000,000 bytes; MB, GiB … too), or one file</source>
        <translation>Hugging-Face-Shards von höchstens dieser Größe samt Index schreiben (5GB = 5.000.000.000 Bytes; auch MB, GiB …) oder eine einzige Datei</translation>
    </message>
</context>
<context>
    <name>ckpt::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every command with a key. The menus show the same keys beside their entries.</source>
        <translation>Jeder Befehl mit einer Taste. Die Menüs zeigen dieselben Tasten neben ihren Einträgen.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>From the filter field, move into the results</source>
        <translation>Vom Filterfeld in die Ergebnisse wechseln</translation>
    </message>
    <message>
        <source>Open the selected recent file (welcome page)</source>
        <translation>Die ausgewählte zuletzt geöffnete Datei öffnen (Startseite)</translation>
    </message>
    <message>
        <source>%1 panel (show or hide)</source>
        <translation>Bereich %1 (zeigen oder ausblenden)</translation>
    </message>
</context>
<context>
    <name>ckpt::StatisticsDock</name>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Selected Tensor</source>
        <translation>Ausgewählter Tensor</translation>
    </message>
    <message>
        <source>Whole Model</source>
        <translation>Ganzes Modell</translation>
    </message>
</context>
<context>
    <name>ckpt::Stats</name>
    <message>
        <source>cannot compute: %1</source>
        <translation>kann nicht berechnet werden: %1</translation>
    </message>
</context>
<context>
    <name>ckpt::StatsWorker</name>
    <message>
        <source>the statistics could not be computed</source>
        <translation>die Statistik konnte nicht berechnet werden</translation>
    </message>
</context>
<context>
    <name>ckpt::StatusFilterBar</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show or hide the keys whose status is &apos;%1&apos;</source>
        <translation>Die Schlüssel mit dem Status „%1“ ein- oder ausblenden</translation>
    </message>
</context>
<context>
    <name>ckpt::Summary</name>
    <message>
        <source>DANGEROUS: torch.load would run code: %1</source>
        <translation>GEFÄHRLICH: torch.load würde Code ausführen: %1</translation>
    </message>
    <message>
        <source>DANGEROUS: code hidden where torch.load does not read but other loaders and tools do: %1</source>
        <translation>GEFÄHRLICH: Code ist dort versteckt, wo torch.load nicht liest, andere Lader und Werkzeuge aber schon: %1</translation>
    </message>
    <message>
        <source>suspicious structure: %1</source>
        <translation>verdächtige Struktur: %1</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>safe: loads with torch.load(weights_only=True) in every torch from 1.13</source>
        <translation>sicher: lädt mit torch.load(weights_only=True) in jedem torch ab 1.13</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>two clauses of one sentence</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>safe: loads with torch.load(weights_only=True) in torch %1</source>
        <translation>sicher: lädt mit torch.load(weights_only=True) in torch %1</translation>
    </message>
    <message>
        <source>%1 refuses it</source>
        <translation>%1 lehnt sie ab</translation>
    </message>
    <message>
        <source>%1 refuses it (its unpickler lacks %2)</source>
        <translation>%1 lehnt sie ab (seinem Unpickler fehlt %2)</translation>
    </message>
    <message>
        <source>%1 refuse it</source>
        <translation>%1 lehnen sie ab</translation>
    </message>
    <message>
        <source>%1 refuse it (its unpickler lacks %2)</source>
        <translation>%1 lehnen sie ab (ihrem Unpickler fehlt %2)</translation>
    </message>
    <message>
        <source>in %1 it depends on the release (the allow-list grew during 2.x)</source>
        <translation>in %1 hängt es vom Release ab (die Allow-List wuchs im Lauf von 2.x)</translation>
    </message>
    <message>
        <source>needs code: DCP&apos;s pickle.load imports %1 (no dangerous globals)</source>
        <translation>braucht Code: pickle.load von DCP importiert %1 (keine gefährlichen Globals)</translation>
    </message>
    <message>
        <source>needs code: importing and calling %1 is what torch.load(weights_only=False) would do</source>
        <translation>braucht Code: %1 zu importieren und aufzurufen ist, was torch.load(weights_only=False) tun würde</translation>
    </message>
    <message>
        <source>needs weights_only=False: opcodes %1</source>
        <translation>braucht weights_only=False: Opcodes %1</translation>
    </message>
    <message>
        <source>not checked: shards missing (%1); the shards present hold nothing that needs code</source>
        <translation>nicht geprüft: Shards fehlen (%1); die vorhandenen Shards enthalten nichts, das Code braucht</translation>
    </message>
    <message>
        <source>safe: no code can be stored in this format</source>
        <translation>sicher: In diesem Format lässt sich kein Code speichern</translation>
    </message>
    <message>
        <source>no dangerous globals</source>
        <translation>keine gefährlichen Globals</translation>
    </message>
    <message>
        <source>needs weights_only=False: %1</source>
        <translation>braucht weights_only=False: %1</translation>
    </message>
    <message>
        <source>safe: every file of the folder is safetensors, JSON or loads with torch.load(weights_only=True)</source>
        <translation>sicher: Jede Datei des Ordners ist safetensors oder JSON oder lädt mit torch.load(weights_only=True)</translation>
    </message>
    <message>
        <source>not checked: some files of the folder could not be read</source>
        <translation>nicht geprüft: Einige Dateien des Ordners konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ckpt::SummaryHeader</name>
    <message>
        <source>&lt;b&gt;No checkpoint open.&lt;/b&gt; Open one with File › Open, drop a file here, or try File › Open Example.</source>
        <translation>&lt;b&gt;Kein Checkpoint geöffnet.&lt;/b&gt; Öffnen Sie einen mit Datei › Öffnen, ziehen Sie eine Datei hierher oder probieren Sie Datei › Beispiel-Checkpoint öffnen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — reading…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — wird gelesen…</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:12pt&apos;&gt;%1&lt;/b&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;%4&apos;&gt;&amp;nbsp;%2&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;%3 on disk</source>
        <translation>&lt;b style=&apos;font-size:12pt&apos;&gt;%1&lt;/b&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;%4&apos;&gt;&amp;nbsp;%2&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;%3 auf der Festplatte</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp;&lt;span style=&apos;%1&apos;&gt;&amp;nbsp;Preview of the conversion: nothing written yet&amp;nbsp;&lt;/span&gt;</source>
        <translation>&amp;nbsp;&amp;nbsp;&lt;span style=&apos;%1&apos;&gt;&amp;nbsp;Vorschau der Konvertierung: noch nichts geschrieben&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; tensors &amp;nbsp;·&amp;nbsp; &lt;b&gt;%2&lt;/b&gt; parameters &amp;nbsp;·&amp;nbsp; &lt;b&gt;%3&lt;/b&gt; used, %4 stored</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Tensoren &amp;nbsp;·&amp;nbsp; &lt;b&gt;%2&lt;/b&gt; Parameter &amp;nbsp;·&amp;nbsp; &lt;b&gt;%3&lt;/b&gt; genutzt, %4 gespeichert</translation>
    </message>
    <message>
        <source> &amp;nbsp;→&amp;nbsp; after the plan: &lt;b&gt;%1&lt;/b&gt; tensors &amp;nbsp;·&amp;nbsp; &lt;b&gt;%2&lt;/b&gt; parameters &amp;nbsp;·&amp;nbsp; &lt;b&gt;%3&lt;/b&gt; used</source>
        <translation> &amp;nbsp;→&amp;nbsp; nach dem Plan: &lt;b&gt;%1&lt;/b&gt; Tensoren &amp;nbsp;·&amp;nbsp; &lt;b&gt;%2&lt;/b&gt; Parameter &amp;nbsp;·&amp;nbsp; &lt;b&gt;%3&lt;/b&gt; genutzt</translation>
    </message>
    <message>
        <source>By dtype: %1 &amp;nbsp;&amp;nbsp;|&amp;nbsp;&amp;nbsp; By device: %2</source>
        <translation>Nach dtype: %1 &amp;nbsp;&amp;nbsp;|&amp;nbsp;&amp;nbsp; Nach Device: %2</translation>
    </message>
    <message>
        <source>DANGEROUS</source>
        <translation>GEFÄHRLICH</translation>
    </message>
    <message>
        <source>SUSPICIOUS</source>
        <translation>VERDÄCHTIG</translation>
    </message>
    <message>
        <source>SAFE</source>
        <translation>SICHER</translation>
    </message>
    <message>
        <source>NEEDS CODE</source>
        <translation>CODE NÖTIG</translation>
    </message>
    <message>
        <source>Weights in fp32 %1 · fp16/bf16 %2 · int8 %3 · 4-bit %4 &amp;nbsp;&amp;nbsp;|&amp;nbsp;&amp;nbsp; Largest: %5 (%6)</source>
        <translation>Gewichte in fp32 %1 · fp16/bf16 %2 · int8 %3 · 4 Bit %4 &amp;nbsp;&amp;nbsp;|&amp;nbsp;&amp;nbsp; Größter Tensor: %5 (%6)</translation>
    </message>
    <message>
        <source>NOT CHECKED</source>
        <translation>NICHT GEPRÜFT</translation>
    </message>
    <message>
        <source>UNREADABLE</source>
        <translation>NICHT LESBAR</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;LoRA adapter&lt;/b&gt; (%1): %n modules · rank %2 · alpha %3 (%4) · scale %5</source>
        <translation>
            <numerusform>&lt;b&gt;LoRA-Adapter&lt;/b&gt; (%1): %n Modul · Rang %2 · alpha %3 (%4) · Skala %5</numerusform>
            <numerusform>&lt;b&gt;LoRA-Adapter&lt;/b&gt; (%1): %n Module · Rang %2 · alpha %3 (%4) · Skala %5</numerusform>
        </translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source> · rsLoRA (alpha / √rank)</source>
        <translation> · rsLoRA (alpha / √Rang)</translation>
    </message>
    <message>
        <source>%1: rank %2, alpha %3 (%4), scale %5</source>
        <translation>%1: Rang %2, alpha %3 (%4), Skala %5</translation>
    </message>
    <message>
        <source>… and %1 more (ckpt lora lists them all)</source>
        <translation>… und %1 weitere (ckpt lora listet alle)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a fact of the file: its name, then its value</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ckpt::Tensor</name>
    <message>
        <source>chunked %1 tensors are not supported</source>
        <translation>in Chunks geteilte %1-Tensoren werden nicht unterstützt</translation>
    </message>
    <message>
        <source>its DCP chunks could not be located (see the file&apos;s warnings)</source>
        <translation>seine DCP-Chunks wurden nicht gefunden (siehe die Warnungen der Datei)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a file, then why its bytes cannot be read</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a chunk&apos;s bytes run past the end of %1</source>
        <translation>die Bytes eines Chunks reichen über das Ende von %1 hinaus</translation>
    </message>
    <message>
        <source>a chunk&apos;s view reaches outside its storage in %1</source>
        <translation>die Sicht eines Chunks reicht in %1 aus seinem Storage hinaus</translation>
    </message>
    <message>
        <source>record %1 is not in the zip directory</source>
        <translation>Eintrag %1 steht nicht im Zip-Verzeichnis</translation>
    </message>
    <message>
        <source>deflated record %1 is too large to inflate (%2 bytes, the limit is %3)</source>
        <translation>der komprimierte Eintrag %1 ist zu groß zum Entpacken (%2 Bytes, die Grenze ist %3)</translation>
    </message>
    <message>
        <source>cannot cast %1 to %2</source>
        <translation>%1 kann nicht in %2 umgewandelt werden</translation>
    </message>
    <message>
        <source>writing stopped</source>
        <translation>das Schreiben wurde abgebrochen</translation>
    </message>
    <message>
        <source>tensor has no storage</source>
        <translation>der Tensor hat kein Storage</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; is assembled from DCP chunks</source>
        <translation>das Storage &apos;%1&apos; wird aus DCP-Chunks zusammengesetzt</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; is shorter than its tensors say</source>
        <translation>das Storage &apos;%1&apos; ist kürzer, als seine Tensoren angeben</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos;: %2</source>
        <translation>Storage &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; is missing from the file</source>
        <translation>das Storage &apos;%1&apos; fehlt in der Datei</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; runs past the end of %2</source>
        <translation>das Storage &apos;%1&apos; reicht über das Ende von %2 hinaus</translation>
    </message>
    <message>
        <source>no such tensor</source>
        <translation>kein solcher Tensor</translation>
    </message>
    <message>
        <source>no data in the file (%1 tensor)</source>
        <translation>keine Daten in der Datei (%1-Tensor)</translation>
    </message>
    <message>
        <source>unknown dtype</source>
        <translation>unbekannter dtype</translation>
    </message>
    <message>
        <source>invalid shape or strides</source>
        <translation>ungültige Shape oder Strides</translation>
    </message>
    <message>
        <source>a view of a DCP tensor that is not the whole tensor</source>
        <translation>eine Sicht auf einen DCP-Tensor, die nicht der ganze Tensor ist</translation>
    </message>
    <message>
        <source>tensor reaches past the end of its storage</source>
        <translation>der Tensor reicht über das Ende seines Storage hinaus</translation>
    </message>
    <message>
        <source>per-channel quantization parameters not found</source>
        <translation>Quantisierungsparameter pro Kanal nicht gefunden</translation>
    </message>
    <message>
        <source>non-contiguous packed quantized tensor</source>
        <translation>nicht zusammenhängender gepackter quantisierter Tensor</translation>
    </message>
    <message>
        <source>too many elements to read here (%1)</source>
        <translation>zu viele Elemente, um sie hier zu lesen (%1)</translation>
    </message>
</context>
<context>
    <name>ckpt::TensorStatsPanel</name>
    <message>
        <source>Log counts</source>
        <translation>Anzahl logarithmisch</translation>
    </message>
    <message>
        <source>Exponential bins</source>
        <translation>Exponentielle Bins</translation>
    </message>
    <message>
        <source>Bins: </source>
        <translation>Bins: </translation>
    </message>
    <message>
        <source>TensorBoard&apos;s fixed buckets ±1e-12·1.1^k</source>
        <translation>Feste Buckets wie in TensorBoard ±1e-12·1.1^k</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the histogram as PNG, SVG or PDF</source>
        <translation>Das Histogramm als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>Computing… %1%</source>
        <translation>Wird berechnet… %1%</translation>
    </message>
    <message>
        <source>Statistics unavailable: %1</source>
        <translation>Statistik nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Select a tensor to see its statistics.</source>
        <translation>Wählen Sie einen Tensor, um seine Statistik zu sehen.</translation>
    </message>
    <message>
        <source>Computing statistics…</source>
        <translation>Statistik wird berechnet…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>No statistics: %1</source>
        <translation>Keine Statistik: %1</translation>
    </message>
    <message>
        <source>std as torch.std() reports it: with Bessel&apos;s correction (divided by n − 1)</source>
        <translation>Std wie torch.std() sie angibt: mit Bessel-Korrektur (geteilt durch n − 1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;min %3 &amp;nbsp; max %4 &amp;nbsp; mean %5&lt;br&gt;std %6 &amp;nbsp; |mean| %7 &amp;nbsp; zeros %8 &amp;nbsp; NaN %9 &amp;nbsp; Inf %10%11&lt;br&gt;&lt;small&gt;%12&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Min %3 &amp;nbsp; Max %4 &amp;nbsp; Mittel %5&lt;br&gt;Std %6 &amp;nbsp; |Mittel| %7 &amp;nbsp; Nullen %8 &amp;nbsp; NaN %9 &amp;nbsp; Inf %10%11&lt;br&gt;&lt;small&gt;%12&lt;/small&gt;</translation>
    </message>
    <message>
        <source>No finite values</source>
        <translation>Keine endlichen Werte</translation>
    </message>
    <message>
        <source>Export Histogram</source>
        <translation>Histogramm exportieren</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ckpt::Training</name>
    <message>
        <source>larger than %1 MB</source>
        <comment>a trainer_state.json too large to read</comment>
        <translation>größer als %1 MB</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no log_history</source>
        <translation>keine log_history</translation>
    </message>
</context>
<context>
    <name>ckpt::TrainingDock</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>index in list</source>
        <translation>Index in der Liste</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
</context>
<context>
    <name>ckpt::TreeRows</name>
    <message>
        <source>%1 · 1 key</source>
        <translation>%1 · 1 Schlüssel</translation>
    </message>
    <message>
        <source>%1 · %2 keys</source>
        <translation>%1 · %2 Schlüssel</translation>
    </message>
    <message>
        <source>%1 · 1 item</source>
        <translation>%1 · 1 Element</translation>
    </message>
    <message>
        <source>%1 · %2 items</source>
        <translation>%1 · %2 Elemente</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>buffer</source>
        <translation>Buffer</translation>
    </message>
    <message>
        <source>tensor</source>
        <translation>Tensor</translation>
    </message>
    <message>
        <source>quantized %1</source>
        <translation>%1 (quantisiert)</translation>
    </message>
    <message>
        <source>global %1</source>
        <translation>Global %1</translation>
    </message>
</context>
<context>
    <name>ckpt::WeightsOnlyDoctor</name>
    <message>
        <source>the training script&apos;s command-line arguments (argparse.Namespace): plain data</source>
        <translation>die Kommandozeilenargumente des Trainingsskripts (argparse.Namespace): reine Daten</translation>
    </message>
    <message>
        <source>one NumPy number (numpy.float64(0.5), numpy.int64(3) ...): plain data</source>
        <translation>eine NumPy-Zahl (numpy.float64(0.5), numpy.int64(3) ...): reine Daten</translation>
    </message>
    <message>
        <source>a NumPy dtype (float32, int64 ...), written with every NumPy number and array: plain data</source>
        <translation>ein NumPy-dtype (float32, int64 ...), mit jeder NumPy-Zahl und jedem Array geschrieben: reine Daten</translation>
    </message>
    <message>
        <source>rebuilds a NumPy array from its bytes: plain data</source>
        <translation>baut ein NumPy-Array aus seinen Bytes wieder auf: reine Daten</translation>
    </message>
    <message>
        <source>the NumPy array class, named by every pickled array: plain data</source>
        <translation>die NumPy-Array-Klasse, die jedes gepickelte Array nennt: reine Daten</translation>
    </message>
    <message>
        <source>a file system path (pathlib): plain data</source>
        <translation>ein Dateisystempfad (pathlib): reine Daten</translation>
    </message>
    <message>
        <source>Lightning&apos;s hyper-parameter dict (AttributeDict, a dict subclass): plain data</source>
        <translation>Lightnings Hyperparameter-Dict (AttributeDict, eine dict-Unterklasse): reine Daten</translation>
    </message>
    <message>
        <source>a dict with a default factory (collections.defaultdict): plain data</source>
        <translation>ein dict mit Standardfabrik (collections.defaultdict): reine Daten</translation>
    </message>
    <message>
        <source>an OmegaConf (Hydra) config container: plain data</source>
        <translation>ein OmegaConf-Konfigurationscontainer (Hydra): reine Daten</translation>
    </message>
    <message>
        <source>in newer PyTorch&apos;s weights_only allow-list (1.13&apos;s lacks it): plain data</source>
        <translation>auf der weights_only-Allow-List neuerer PyTorch-Versionen (der von 1.13 fehlt es): reine Daten</translation>
    </message>
    <message>
        <source>bytes, as Python 3 pickles them (_codecs.encode): in newer PyTorch&apos;s weights_only allow-list, 1.13&apos;s lacks it</source>
        <translation>Bytes, wie Python 3 sie pickelt (_codecs.encode): auf der weights_only-Allow-List neuerer PyTorch-Versionen, der von 1.13 fehlt es</translation>
    </message>
    <message>
        <source>a class of the script that saved the file (__main__): a whole object such as a model, which needs its class&apos;s code to load</source>
        <translation>eine Klasse des Skripts, das die Datei gespeichert hat (__main__): ein ganzes Objekt wie ein Modell, das zum Laden den Code seiner Klasse braucht</translation>
    </message>
    <message>
        <source>a whole torch.nn module (the model object, not its state_dict): it needs its class&apos;s code to load</source>
        <translation>ein ganzes torch.nn-Modul (das Modellobjekt, nicht sein state_dict): Zum Laden braucht es den Code seiner Klasse</translation>
    </message>
    <message>
        <source>a TorchScript class: torch.jit.load builds it from the archive&apos;s code</source>
        <translation>eine TorchScript-Klasse: torch.jit.load baut sie aus dem Code des Archivs</translation>
    </message>
    <message>
        <source>a class or function of %1 that is not on the vetted list of plain-data classes: loading it needs its code (weights_only=False)</source>
        <translation>eine Klasse oder Funktion von %1, die nicht auf der geprüften Liste der Klassen für reine Daten steht: Zum Laden braucht sie ihren Code (weights_only=False)</translation>
    </message>
</context>
<context>
    <name>ckpt::WelcomePage</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Folder of checkpoints</source>
        <translation>Ordner mit Checkpoints</translation>
    </message>
    <message>
        <source>&amp;Recent files and folders:</source>
        <translation>&amp;Zuletzt geöffnete Dateien und Ordner:</translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation>Noch keine zuletzt geöffneten Dateien.</translation>
    </message>
    <message>
        <source>Checkpoint Inspector</source>
        <translation>Checkpoint Inspector</translation>
    </message>
    <message>
        <source>Look inside PyTorch checkpoints without running them: nothing in a file is ever imported or executed.</source>
        <translation>Blickt in PyTorch-Checkpoints, ohne sie auszuführen: aus einer Datei wird nie etwas importiert oder ausgeführt.</translation>
    </message>
    <message>
        <source>Drop a checkpoint here to open it, or two to compare them.</source>
        <translation>Einen Checkpoint hier ablegen, um ihn zu öffnen, oder zwei, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Recent files and folders</source>
        <translation>Zuletzt geöffnete Dateien und Ordner</translation>
    </message>
</context>
</TS>
