<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DataPanel</name>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification: predict a class. Regression: predict a number. Images and sequences: a convolutional or recurrent network learns them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points to learn from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your own data: numeric columns and a label column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many points the data set has (train + test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many time steps each sequence has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise: how far points stray from the clean pattern (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the points used for training; the rest test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw new points with the same settings (the weights&apos; seed is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed this function of the point&apos;s coordinates to the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data set: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} time steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: {task}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise {value}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training share {value}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one input feature is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineError</name>
    <message>
        <source>Unknown {what} “{name}”. Choose one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} must be one of {choices}, not “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown {what} settings: {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting “{name}” must be {expected}, not {got}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: {what} must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} must be from {low:g} to {high:g}; {value} is outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dense layer has 1 to {most} neurons, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A convolution has 1 to {most} filters, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recurrent layer has 1 to {most} hidden units, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernels and windows are 1 to {most} wide, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stride is 1 to {most}, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backpropagation through time can be cut to 0 (all) to {most} steps, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose 4 to {most:,} samples, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network has at most {most} hidden layers, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch size is 0 (full batch) to {most:,}, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} is a whole number from 0 to 2⁶³-1, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sequence has 2 to {most} time steps, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The echo looks back 0 to {most} steps (less than the sequence), not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digits set has only {most:,} images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{samples:,} samples make {count:,} values; at most {most:,} fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one input feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network needs at least one layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network has {count:,} parameters; the app handles at most {most:,}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{loss} needs a {needed} output layer, not {actual}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer {position} ({kind}) does not fit its input of shape {shape}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {kernel}×{kernel} kernel is wider than an input of {size} pixels; use “same” padding or a smaller kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This layer ({layer}) needs images as its input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recurrent layer needs sequences as its input; below another recurrent layer, that one must return its whole sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One update on {batch:,} samples would need about {gib:,.1f} GiB; use batches of at most {most:,} samples, or a smaller network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update {step}: the gradient became {value}. The weights were kept at their last finite values. Try a lower learning rate, a smaller initialization scale, or gradient clipping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update {step}: a weight became infinite. The weights were kept at their last finite values. Try a lower learning rate, a smaller initialization scale, or gradient clipping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has {count} data row(s); at least 4 are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than {most:,} data rows, the most a data set may hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: the CSV file is malformed ({reason}). A quote may be left open, or a field may be far too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} problem(s) in the CSV file:
{details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is {megabytes:.0f} MB; at most {most} MB can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a UTF-8 text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Neural Playground session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting “{key}” cannot change while training; it needs a new network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training engine did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update {step}: the weights grew {ratio:.0e} times larger than at the start, so training is blowing up, most likely because the learning rate (or the initialization scale) is too large. Training was paused. Go back to update {checkpoint} and continue with a smaller learning rate, or reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update {step}: the training loss rose to {loss:.3g}, far above the {initial:.3g} it started from, so training is blowing up, most likely because the learning rate is too large. Training was paused. Go back to update {checkpoint} and continue with a smaller learning rate, or reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no earlier healthy state of this run to go back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training engine stopped unexpectedly and was restarted. The network was rebuilt from its last settings (new weights, step 0); training since the last save or autosave is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error in the training engine ({kind}: {detail}). The run goes on as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds a network for images or sequences, and the window draws dense networks on 2-D points so far. From a terminal, `python main.py train {path} --save {path}` continues it and `python main.py info {path}` describes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session was made by a newer Neural Playground (format {version}; this one reads up to {supported}). Please update the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss history as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every evaluation: update, epoch, losses and accuracies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights as NumPy .npz…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W1, b1, W2, b2, … in one file for np.load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights as CSV files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One CSV file per weight matrix and bias vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network as Python script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A script that needs only NumPy and predicts with these weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export loss history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumPy archives (*.npz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export weights as CSV files into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export network as a Python script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python files (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeatureMapView</name>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which training sample flows through the network in this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image data set (Problem: Images) to see feature maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input, then what each layer makes of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample {index}, class {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradientHealthView</name>
    <message>
        <source>Gradient advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient health plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per layer, the gradient norm and the relative update size over time, on logarithmic axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient ‖∂L/∂W‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update ‖ΔW‖/‖W‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strongly each layer&apos;s weights are pushed. A layer whose gradient is orders of magnitude below the output layer&apos;s has a vanishing gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ NaN or ∞ in {layers}: the learning rate is too large. Reset and lower it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Updates as large as the weights in {layers}: the learning rate is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Huge gradients in {layers}: lower the initialization scale or turn on gradient clipping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {share} of the outputs of {layers} saturated after too large updates: lower the learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {share} of the outputs of {layers} saturated (σ/tanh at its limits): lower the initialization scale, or use ReLU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {share} of the ReLU units of {layers} are dead (never active) after too large updates: lower the learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {share} of the ReLU units of {layers} are dead (never active): lower the initialization scale, or use leaky ReLU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Gradients of {layers} vanish (under 10⁻⁴ of the output layer&apos;s): try ReLU, He/Xavier initialization or fewer layers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KernelView</name>
    <message>
        <source>What the kernels show: their weights, the change made by the last update, or the change since they were initialized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernels show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover a kernel cell to read its weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network has no convolution layer: kernels are drawn for image networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convolution kernels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each small square is one filter&apos;s kernel for one input channel (rows: filters, columns: input channels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layer}: {filters} filters of {k}×{k} × {channels} input channel(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layer} filter {f}, channel {c}, cell ({i},{j}): {symbol}w = {value:.4g}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ … ({count} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}:  z = {sum},   {activation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AdaGrad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the denominator so a tiny gradient history cannot divide by zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding: the sum of two marked values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars: horizontal or vertical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant (= scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosses or squares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decay of Adam&apos;s running mean of gradients (0.9 is usual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decay of Adam&apos;s running mean of squared gradients (0.999 is usual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decay of RMSProp&apos;s running mean of squared gradients (0.9 is usual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo: the bit k steps back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elastic net (L1+L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of the previous step kept in the velocity (0.9 is usual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian bumps (regression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handwritten digits (8×8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum μ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal σ=0.5·scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plane (regression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSProp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sine wave: the next value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spiral, 3 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two Gaussians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uniform ±0.5·scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xavier/Glorot normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xavier/Glorot uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X₁X₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X₁²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X₂²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a = max(0, z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a = max(0.01·z, z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a = softmax(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a = tanh(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a = z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a = σ(z) = 1/(1+e⁻ᶻ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sin(X₁)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sin(X₂)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ε</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ρ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window; it changes at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the window in {language} from the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect after a restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neural Playground will be shown in {language} the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerStackEditor</name>
    <message>
        <source>Convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes through the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shape of one sample after each layer: height×width×channels for images, time steps×features for sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of layer to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of the new layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a layer of the chosen kind before the output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes: (building…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes: {chain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this layer does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer {n} kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters (convolution), neurons (dense) or hidden units (recurrent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer {n} units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel or pooling window size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer {n} kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the window moves each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer {n} stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same: zeros around the image keep its size; valid: no padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer {n} padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function applied to each output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer {n} activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer {n} returns sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass on the hidden state of every time step (needed below another recurrent layer), not only the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backpropagate through at most this many time steps (0: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer {n} BPTT steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer {n} output shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this layer up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move layer {n} up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this layer down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move layer {n} down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove layer {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a {kind} layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move layer {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer {n}: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer {n} settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss (solid) and test loss (dashed) over time; accuracy below, for classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot the loss on a logarithmic axis, to see progress once it is small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal axis: parameter updates or passes over the training set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss on the whole training set (solid) and test set (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histograms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (run {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
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
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore default layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; {version}&lt;br&gt;Build a neural network by hand and watch its weight matrices learn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to a healthy update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the weights of the last update before training blew up, keeping the current settings (lower the learning rate first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to update {step}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkEditor</name>
    <message>
        <source>Output over the plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation for one sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs on the left, hidden layers in the middle, the output on the right; click a neuron to see its formula, a link to edit its weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a hidden layer (a copy of the last one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the last hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each neuron shows: its output over the whole input plane, its bias, or its activation for one training sample (click a point in the Output view to choose it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurons show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a neuron from hidden layer {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a neuron to hidden layer {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation of hidden layer {n}; right-click the column for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation of hidden layer {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove hidden layer {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layer {n}: {units} neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initialization {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layer {n}: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: an input feature, the same for every neuron it feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   → {value:.3f} for sample {sample}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value of {weight}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w[{source} → {target}] = {value:.4g}
Click to type a new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} = {value:.4g} for sample {sample}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (click to highlight its links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: bias b = {value:.4g} (click to see its formula)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberCombo</name>
    <message>
        <source>“{text}” is not a number from {low:g} to {high:g}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputView</name>
    <message>
        <source>Show test data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the held-out test points (outlined) as well as the training points (filled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discretize output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour each point of the plane by its predicted class only, not by how confident the network is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the picture shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a training point to follow it through the network (diagram: Neurons show ▸ Activation for one sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A big data set is drawn as a fixed random sample of its points, so the view stays quick; training uses every point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images have no plane to draw the output over: the Kernels and Feature maps views show what the network learns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences have no plane to draw the output over: the Through time view shows what the network does with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data has {n} input columns, so there is no plane to draw the output over. Watch the loss and the weights instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What {name} computes over the plane (move away for the network&apos;s output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network output over the input plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing {shown:,} of {total:,} points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunUnit</name>
    <message>
        <source>Building the network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import {path}:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training paused. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFiles</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}[*] — Neural Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was not opened; the current session is unchanged.

{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was not saved.

{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current session has unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neural Playground sessions (*{extension});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neural Playground did not close normally last time. Restore the session it saved automatically?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved work could not be read.

{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThroughTimeView</name>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which training sequence the hidden-state picture follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network has no recurrent layer: choose a sequence data set (Problem: Sequences) to watch it through time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden state per time step, the gradient&apos;s size per time step, and W_hh&apos;s spectral radius over training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden state h_t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time step t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖∂L/∂h_t‖ per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ρ(W_hh) over training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input, target ●, output ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layer}: spectral radius {radius:.3f}; ‖∂L/∂h_1‖ / ‖∂L/∂h_T‖ = {ratio:.3g}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <source>Rebuilt the network: new weights, step 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Full batch (gradient descent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sample (SGD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the training minimizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output layer&apos;s activation (cross-entropy fixes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule that turns gradients into weight updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many samples each update averages over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples per mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate η: the step size of each update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A penalty on large weights against overfitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regularization rate λ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescale the gradient when its norm exceeds this (0 = off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How every layer&apos;s weights are drawn at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed: chosen per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiplies every initial weight: push it to 5 or 0.05 to see gradients explode or vanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the initial weights and the shuffling: same seed, same run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a new random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>float64 (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>float32 (faster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numeric precision of the engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss and output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the training minimizes and the output layer&apos;s activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update rule, its step size and its settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient clipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A penalty on large weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regularization rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the weights are drawn at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Init scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reproducibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed and numeric precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss: {choice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output activation: {choice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialization: {choice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision: {choice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Init scale {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs per layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingToolBar</name>
    <message>
        <source>As fast as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1000 updates/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 updates/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 updates/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 updates/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New weights from the seed, step 0 (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train continuously; Space pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One update on one batch (Right arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One pass over the training set (Shift+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast Play trains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates made and passes over the training set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss over the whole training and test sets (without the penalty), and accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Update {step}   Epoch {epoch}  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Loss: train {train}  test {test}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   Accuracy: train {train}  test {test}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewExport</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightHeatmaps</name>
    <message>
        <source>Weights W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update ΔW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change since start W − W₀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the pictures show: the weights, the change made by the last update, or the change since the weights were initialized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour range: symmetric around 0, scaled to each matrix&apos;s largest |value| or to the whole network&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Write each value in its cell (matrices up to %n cells)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hover a cell to read its weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight matrices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every weight matrix of the network; scroll to see them all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightHistogramView</name>
    <message>
        <source>Weight histograms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution of each layer&apos;s weights: grey at initialization, blue now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightMatrices</name>
    <message>
        <source>{layer} kernels ({channels}·{kh}·{kw}×{filters})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
