<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CompareDialog</name>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>Initialization</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>Hidden activation</source>
        <translation>隐藏层激活函数</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>正则化</translation>
    </message>
    <message>
        <source>Regularization rate</source>
        <translation>正则化系数</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>对比运行</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>副本数</translation>
    </message>
    <message>
        <source>How many copies of the run to train side by side</source>
        <translation>并排训练的运行副本数量</translation>
    </message>
    <message>
        <source>Every copy starts from the same initial weights and sees the same batches in the same order; only the settings you change below differ. Copies start at update 0.</source>
        <translation>每个副本都从相同的初始权重开始，并以相同的顺序看到相同的批量；只有你在下面更改的设置不同。副本从第 0 次更新开始。</translation>
    </message>
    <message>
        <source>Settings that differ</source>
        <translation>不同的设置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Start comparison</source>
        <translation>开始对比</translation>
    </message>
    <message>
        <source>Open the copies in a compare window</source>
        <translation>在对比窗口中打开这些副本</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>副本数</translation>
    </message>
    <message>
        <source>Copy {n}</source>
        <translation>副本 {n}</translation>
    </message>
    <message>
        <source>Copy {n}: {setting}</source>
        <translation>副本 {n}：{setting}</translation>
    </message>
    <message>
        <source>Full batch</source>
        <translation>全批量</translation>
    </message>
    <message>
        <source>Samples per update (0 = the whole training set)</source>
        <translation>每次更新的样本数（0 = 整个训练集）</translation>
    </message>
    <message>
        <source>Choose or type a number</source>
        <translation>选择或输入一个数</translation>
    </message>
    <message>
        <source>This copy&apos;s {setting}</source>
        <translation>该副本的{setting}</translation>
    </message>
    <message>
        <source>Differs: {names}.</source>
        <translation>不同之处：{names}。</translation>
    </message>
    <message>
        <source>All copies are the same so far: change a setting in a copy&apos;s column.</source>
        <translation>目前所有副本都相同：请在某个副本的列中更改一项设置。</translation>
    </message>
</context>
<context>
    <name>CompareLandscapeView</name>
    <message>
        <source>Loss over one slice through the weights, the same for every copy: dark = low. Each line is a copy&apos;s path from the shared start (the ring)</source>
        <translation>权重空间中同一切片上的损失，所有副本共用：颜色越深损失越低。每条线是一个副本从共同起点（圆环）出发的路径</translation>
    </message>
    <message>
        <source>Press Compute to draw every copy&apos;s path on one loss map.</source>
        <translation>按“计算”在同一张损失图上画出每个副本的路径。</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare runs</source>
        <translation>对比运行</translation>
    </message>
    <message>
        <source>Copy {n}</source>
        <translation>副本 {n}</translation>
    </message>
    <message>
        <source>What sets this copy apart, in its colour in the loss plot</source>
        <translation>该副本与其他副本的不同之处（颜色与它在损失图中的颜色相同）</translation>
    </message>
    <message>
        <source>Copy {n}: loss</source>
        <translation>副本 {n}：损失</translation>
    </message>
    <message>
        <source>Each matrix has the same colour range in every copy: the one that fits it in all of them</source>
        <translation>每个矩阵在所有副本中使用相同的颜色范围：即能容纳所有副本中该矩阵数值的范围</translation>
    </message>
    <message>
        <source>Differs: {names}. Same initial weights, same batches in the same order.</source>
        <translation>不同之处：{names}。初始权重相同，批量及其顺序也相同。</translation>
    </message>
    <message>
        <source>The copies are identical: they stay bit-identical.</source>
        <translation>各副本完全相同：它们会始终逐位一致。</translation>
    </message>
    <message>
        <source>Settings that differ</source>
        <translation>不同的设置</translation>
    </message>
    <message>
        <source>Common update</source>
        <translation>共同的更新次数</translation>
    </message>
    <message>
        <source>Every copy makes the same number of updates: the views show them all at this one</source>
        <translation>每个副本进行相同次数的更新：各视图都显示它们在这一次更新时的状态</translation>
    </message>
    <message>
        <source>Compared views</source>
        <translation>对比视图</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Loss landscape</source>
        <translation>损失地形</translation>
    </message>
    <message>
        <source>update {step:,}   loss: train {train:.4g}  test {test:.4g}</source>
        <translation>更新 {step:,}   损失：训练 {train:.4g}  测试 {test:.4g}</translation>
    </message>
    <message>
        <source>{copy}: {problem}</source>
        <translation>{copy}：{problem}</translation>
    </message>
    <message>
        <source>All copies at update {step:,}</source>
        <translation>所有副本都在第 {step:,} 次更新</translation>
    </message>
    <message>
        <source>Copies in step at update {step:,}</source>
        <translation>同步的副本在第 {step:,} 次更新</translation>
    </message>
    <message>
        <source>The run is still being built; compare it in a moment.</source>
        <translation>该运行仍在构建中，请稍后再比较。</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>Problem</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Time steps</source>
        <translation>时间步数</translation>
    </message>
    <message>
        <source>Echo delay</source>
        <translation>回声延迟</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Training share</source>
        <translation>训练集比例</translation>
    </message>
    <message>
        <source>Regenerate data</source>
        <translation>重新生成数据</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>输入特征</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>Output activation</source>
        <translation>输出层激活函数</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Optimizer settings (momentum, β…)</source>
        <translation>优化器参数（动量、β…）</translation>
    </message>
    <message>
        <source>Gradient clipping</source>
        <translation>梯度裁剪</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批量方式</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>正则化</translation>
    </message>
    <message>
        <source>Regularization rate</source>
        <translation>正则化系数</translation>
    </message>
    <message>
        <source>Initialization</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>Init scale</source>
        <translation>初始化缩放</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
</context>
<context>
    <name>CsvImportTask</name>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing CSV data</source>
        <translation>正在导入 CSV 数据</translation>
    </message>
    <message>
        <source>CSV import progress</source>
        <translation>CSV 导入进度</translation>
    </message>
    <message>
        <source>The file is read in the background; Cancel keeps the current data</source>
        <translation>文件在后台读取；点“取消”将保留当前数据</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>Classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Classification: predict a class. Regression: predict a number. Images and sequences: a convolutional or recurrent network learns them.</source>
        <translation>分类：预测类别。回归：预测一个数值。图像和序列：由卷积神经网络或循环神经网络来学习。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>The points to learn from</source>
        <translation>用于学习的数据点</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Use your own data: numeric columns and a label column</source>
        <translation>使用你自己的数据：若干数值列和一个标签列</translation>
    </message>
    <message>
        <source>How many points the data set has (train + test)</source>
        <translation>数据集中的点数（训练 + 测试）</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>How many time steps each sequence has</source>
        <translation>每个序列的时间步数</translation>
    </message>
    <message>
        <source>Time steps</source>
        <translation>时间步数</translation>
    </message>
    <message>
        <source>The echo&apos;s answer is the bit this many steps before the last one</source>
        <translation>回声的答案是最后一步之前这么多步的那个比特</translation>
    </message>
    <message>
        <source>Echo delay</source>
        <translation>回声延迟</translation>
    </message>
    <message>
        <source>Noise: how far points stray from the clean pattern (%)</source>
        <translation>噪声：数据点偏离理想图案的程度（%）</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Share of the points used for training; the rest test</source>
        <translation>用于训练的数据点比例；其余用于测试</translation>
    </message>
    <message>
        <source>Training share</source>
        <translation>训练集比例</translation>
    </message>
    <message>
        <source>Regenerate data</source>
        <translation>重新生成数据</translation>
    </message>
    <message>
        <source>Draw new points with the same settings (the weights&apos; seed is kept)</source>
        <translation>用相同设置生成新的数据点（权重的随机种子保持不变）</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练集</translation>
    </message>
    <message>
        <source>Feed this function of the point&apos;s coordinates to the network</source>
        <translation>把数据点坐标的这个函数作为网络的输入</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>输入特征</translation>
    </message>
    <message>
        <source>Data set: {name}</source>
        <translation>数据集：{name}</translation>
    </message>
    <message>
        <source>{count} samples</source>
        <translation>{count} 个样本</translation>
    </message>
    <message>
        <source>{count} time steps</source>
        <translation>{count} 个时间步</translation>
    </message>
    <message>
        <source>Echo delay {count}</source>
        <translation>回声延迟 {count}</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>Problem: {task}</source>
        <translation>问题类型：{task}</translation>
    </message>
    <message>
        <source>Noise {value}%</source>
        <translation>噪声 {value}%</translation>
    </message>
    <message>
        <source>Training share {value}%</source>
        <translation>训练集比例 {value}%</translation>
    </message>
    <message>
        <source>At least one input feature is needed</source>
        <translation>至少需要一个输入特征</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Features: {names}</source>
        <translation>特征：{names}</translation>
    </message>
    <message>
        <source>Your data: {file}</source>
        <translation>你的数据：{file}</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Your drawing</source>
        <translation>你绘制的数据</translation>
    </message>
</context>
<context>
    <name>EngineError</name>
    <message>
        <source>Unknown {what} “{name}”. Choose one of: {choices}.</source>
        <translation>未知的{what}“{name}”。请从以下选项中选择：{choices}。</translation>
    </message>
    <message>
        <source>The {what} must be one of {choices}, not “{value}”.</source>
        <translation>{what}必须是 {choices} 之一，而不是“{value}”。</translation>
    </message>
    <message>
        <source>Unknown {what} settings: {keys}.</source>
        <translation>未知的{what}设置：{keys}。</translation>
    </message>
    <message>
        <source>The setting “{name}” must be {expected}, not {got}.</source>
        <translation>设置“{name}”必须是 {expected}，而不是 {got}。</translation>
    </message>
    <message>
        <source>The file is damaged: {what} must be a JSON object.</source>
        <translation>文件已损坏：{what}必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>The {what} must be from {low:g} to {high:g}; {value} is outside.</source>
        <translation>{what}必须在 {low:g} 到 {high:g} 之间；{value} 超出了范围。</translation>
    </message>
    <message>
        <source>A dense layer has 1 to {most} neurons, not {value}.</source>
        <translation>全连接层的神经元数为 1 到 {most}，不能是 {value}。</translation>
    </message>
    <message>
        <source>A convolution has 1 to {most} filters, not {value}.</source>
        <translation>卷积层的卷积核个数为 1 到 {most}，不能是 {value}。</translation>
    </message>
    <message>
        <source>A recurrent layer has 1 to {most} hidden units, not {value}.</source>
        <translation>循环层的隐藏单元数为 1 到 {most}，不能是 {value}。</translation>
    </message>
    <message>
        <source>Kernels and windows are 1 to {most} wide, not {value}.</source>
        <translation>卷积核和池化窗口的宽度为 1 到 {most}，不能是 {value}。</translation>
    </message>
    <message>
        <source>The stride is 1 to {most}, not {value}.</source>
        <translation>步幅为 1 到 {most}，不能是 {value}。</translation>
    </message>
    <message>
        <source>Backpropagation through time can be cut to 0 (all) to {most} steps, not {value}.</source>
        <translation>随时间反向传播的截断步数为 0（全部）到 {most}，不能是 {value}。</translation>
    </message>
    <message>
        <source>Choose 4 to {most:,} samples, not {value}.</source>
        <translation>请选择 4 到 {most:,} 个样本，而不是 {value}。</translation>
    </message>
    <message>
        <source>A network has at most {most} hidden layers, not {value}.</source>
        <translation>网络最多有 {most} 个隐藏层，不能是 {value}。</translation>
    </message>
    <message>
        <source>The batch size is 0 (full batch) to {most:,}, not {value}.</source>
        <translation>批量大小为 0（全批量）到 {most:,}，不能是 {value}。</translation>
    </message>
    <message>
        <source>The {what} is a whole number from 0 to 2⁶³-1, not {value}.</source>
        <translation>{what}是 0 到 2⁶³-1 之间的整数，不能是 {value}。</translation>
    </message>
    <message>
        <source>A sequence has 2 to {most} time steps, not {value}.</source>
        <translation>序列的时间步数为 2 到 {most}，不能是 {value}。</translation>
    </message>
    <message>
        <source>The echo looks back 0 to {most} steps (less than the sequence), not {value}.</source>
        <translation>回声向前回看 0 到 {most} 步（少于序列长度），不能是 {value}。</translation>
    </message>
    <message>
        <source>The digits set has only {most:,} images.</source>
        <translation>手写数字数据集只有 {most:,} 张图像。</translation>
    </message>
    <message>
        <source>{samples:,} samples make {count:,} values; at most {most:,} fit.</source>
        <translation>{samples:,} 个样本共有 {count:,} 个数值；最多只能容纳 {most:,} 个。</translation>
    </message>
    <message>
        <source>Choose at least one input feature.</source>
        <translation>请至少选择一个输入特征。</translation>
    </message>
    <message>
        <source>A network needs at least one layer.</source>
        <translation>网络至少需要一层。</translation>
    </message>
    <message>
        <source>This network has {count:,} parameters; the app handles at most {most:,}.</source>
        <translation>该网络有 {count:,} 个参数；本程序最多支持 {most:,} 个。</translation>
    </message>
    <message>
        <source>{loss} needs a {needed} output layer, not {actual}.</source>
        <translation>{loss} 需要 {needed} 输出层，而不是 {actual}。</translation>
    </message>
    <message>
        <source>Layer {position} ({kind}) does not fit its input of shape {shape}: {reason}</source>
        <translation>第 {position} 层（{kind}）与形状为 {shape} 的输入不匹配：{reason}</translation>
    </message>
    <message>
        <source>A {kernel}×{kernel} kernel is wider than an input of {size} pixels; use “same” padding or a smaller kernel.</source>
        <translation>{kernel}×{kernel} 的卷积核比 {size} 像素的输入还宽；请使用“同尺寸”填充或更小的卷积核。</translation>
    </message>
    <message>
        <source>This layer ({layer}) needs images as its input.</source>
        <translation>该层（{layer}）的输入必须是图像。</translation>
    </message>
    <message>
        <source>A recurrent layer needs sequences as its input; below another recurrent layer, that one must return its whole sequence.</source>
        <translation>循环层的输入必须是序列；若它位于另一个循环层之后，前一层必须输出完整序列。</translation>
    </message>
    <message>
        <source>One update on {batch:,} samples would need about {gib:,.1f} GiB; use batches of at most {most:,} samples, or a smaller network.</source>
        <translation>在 {batch:,} 个样本上更新一次大约需要 {gib:,.1f} GiB 内存；请使用不超过 {most:,} 个样本的批量，或更小的网络。</translation>
    </message>
    <message>
        <source>Update {step}: the gradient became {value}. The weights were kept at their last finite values. Try a lower learning rate, a smaller initialization scale, or gradient clipping.</source>
        <translation>第 {step} 次更新：梯度变成了 {value}。权重保留为最后一次的有限值。请尝试降低学习率、减小初始化缩放，或启用梯度裁剪。</translation>
    </message>
    <message>
        <source>Update {step}: a weight became infinite. The weights were kept at their last finite values. Try a lower learning rate, a smaller initialization scale, or gradient clipping.</source>
        <translation>第 {step} 次更新：某个权重变成了无穷大。权重保留为最后一次的有限值。请尝试降低学习率、减小初始化缩放，或启用梯度裁剪。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The file has {count} data row(s); at least 4 are needed.</source>
        <translation>文件只有 {count} 行数据；至少需要 4 行。</translation>
    </message>
    <message>
        <source>The file has more than {most:,} data rows, the most a data set may hold.</source>
        <translation>文件的数据行超过 {most:,} 行，这是一个数据集所能容纳的上限。</translation>
    </message>
    <message>
        <source>Line {line}: the CSV file is malformed ({reason}). A quote may be left open, or a field may be far too long.</source>
        <translation>第 {line} 行：CSV 文件格式错误（{reason}）。可能有未闭合的引号，或某个字段过长。</translation>
    </message>
    <message>
        <source>{count} problem(s) in the CSV file:
{details}</source>
        <translation>CSV 文件中有 {count} 处问题：
{details}</translation>
    </message>
    <message>
        <source>Painting adds points of a class to the plane: choose a classification problem. Regression data and images or sequences cannot be painted.</source>
        <translation>绘制会在平面上添加某个类别的数据点：请选择分类问题。回归数据以及图像或序列无法绘制。</translation>
    </message>
    <message>
        <source>A data set keeps at least {least} points: paint new ones before erasing these.</source>
        <translation>数据集至少保留 {least} 个点：请先绘制新的点，再擦除这些点。</translation>
    </message>
    <message>
        <source>{file} is {megabytes:.0f} MB; at most {most} MB can be imported.</source>
        <translation>{file} 大小为 {megabytes:.0f} MB；最多只能导入 {most} MB。</translation>
    </message>
    <message>
        <source>{file} is not a UTF-8 text file.</source>
        <translation>{file} 不是 UTF-8 编码的文本文件。</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <source>This is not a Neural Playground session.</source>
        <translation>这不是 Neural Playground 的会话文件。</translation>
    </message>
    <message>
        <source>The setting “{key}” cannot change while training; it needs a new network.</source>
        <translation>训练期间不能更改设置“{key}”；它需要重新构建网络。</translation>
    </message>
    <message>
        <source>The training engine did not answer in time.</source>
        <translation>训练引擎没有及时响应。</translation>
    </message>
    <message>
        <source>Update {step}: the weights grew {ratio:.0e} times larger than at the start, so training is blowing up, most likely because the learning rate (or the initialization scale) is too large. Training was paused. Go back to update {checkpoint} and continue with a smaller learning rate, or reset.</source>
        <translation>第 {step} 次更新：权重增大到初始值的 {ratio:.0e} 倍，训练正在发散，很可能是学习率（或初始化缩放）过大。训练已暂停。请回到第 {checkpoint} 次更新并用更小的学习率继续，或者重置。</translation>
    </message>
    <message>
        <source>Update {step}: the training loss rose to {loss:.3g}, far above the {initial:.3g} it started from, so training is blowing up, most likely because the learning rate is too large. Training was paused. Go back to update {checkpoint} and continue with a smaller learning rate, or reset.</source>
        <translation>第 {step} 次更新：训练损失升到 {loss:.3g}，远高于起始时的 {initial:.3g}，训练正在发散，很可能是学习率过大。训练已暂停。请回到第 {checkpoint} 次更新并用更小的学习率继续，或者重置。</translation>
    </message>
    <message>
        <source>There is no earlier healthy state of this run to go back to.</source>
        <translation>这次运行没有更早的正常状态可以回退。</translation>
    </message>
    <message>
        <source>This weight is no longer in the network (it was rebuilt); click it again.</source>
        <translation>该权重已不在网络中（网络已重新构建）；请重新单击它。</translation>
    </message>
    <message>
        <source>Hidden layer {layer} has no dense neuron {neuron} to switch off.</source>
        <translation>第 {layer} 个隐藏层没有可关闭的全连接神经元 {neuron}。</translation>
    </message>
    <message>
        <source>There is no layer {layer} to freeze.</source>
        <translation>没有可冻结的第 {layer} 层。</translation>
    </message>
    <message>
        <source>There is no other branch of this run to go back to (a new network starts a new history).</source>
        <translation>这次运行没有可以回到的其他分支（新建网络会开始新的历史）。</translation>
    </message>
    <message>
        <source>Going back was cancelled; the run stays where it was.</source>
        <translation>已取消回退；运行保持原样。</translation>
    </message>
    <message>
        <source>A comparison runs 2 to {most} copies, not {value}.</source>
        <translation>一次对比运行 2 到 {most} 个副本，不能是 {value}。</translation>
    </message>
    <message>
        <source>Vary one of {settings}, written SETTING=VALUE,VALUE; “{text}” is not that.</source>
        <translation>请改变 {settings} 中的一项，写成 SETTING=VALUE,VALUE；“{text}”不符合这一格式。</translation>
    </message>
    <message>
        <source>The values “{values}” of {setting} must be of type {kind}.</source>
        <translation>{setting} 的值“{values}”必须是 {kind} 类型。</translation>
    </message>
    <message>
        <source>The training engine stopped unexpectedly and was restarted. The network was rebuilt from its last settings (new weights, step 0); training since the last save or autosave is lost.</source>
        <translation>训练引擎意外停止，已经重新启动。网络已按最后的设置重新构建（新的权重，第 0 步）；上次保存或自动保存之后的训练已丢失。</translation>
    </message>
    <message>
        <source>Internal error in the training engine ({kind}: {detail}). The run goes on as it was.</source>
        <translation>训练引擎内部错误（{kind}：{detail}）。本次运行保持原状继续。</translation>
    </message>
    <message>
        <source>It holds a network for images or sequences, and the window draws dense networks on 2-D points so far. From a terminal, `python main.py train {path} --save {path}` continues it and `python main.py info {path}` describes it.</source>
        <translation>该文件包含处理图像或序列的网络，而窗口目前只能绘制二维数据点上的全连接网络。在终端中，`python main.py train {path} --save {path}` 可以继续训练，`python main.py info {path}` 可以查看其内容。</translation>
    </message>
    <message>
        <source>This session was made by a newer Neural Playground (format {version}; this one reads up to {supported}). Please update the app.</source>
        <translation>该会话由更新版本的 Neural Playground 创建（格式 {version}；当前版本最多支持 {supported}）。请更新本程序。</translation>
    </message>
    <message>
        <source>The file is damaged ({kind}: {detail}).</source>
        <translation>文件已损坏（{kind}：{detail}）。</translation>
    </message>
    <message>
        <source>The session opened, but its timeline (earlier updates and branches) was left out: it does not fit the run ({reason}).</source>
        <translation>会话已打开，但其时间线（更早的更新和分支）被省略了：它与这次运行不符（{reason}）。</translation>
    </message>
    <message>
        <source>The saved settings are invalid: {reason}</source>
        <translation>保存的设置无效：{reason}</translation>
    </message>
    <message>
        <source>The saved settings cannot be built: {reason}</source>
        <translation>无法按保存的设置构建网络：{reason}</translation>
    </message>
    <message>
        <source>The session cannot be used: {reason}</source>
        <translation>无法使用该会话：{reason}</translation>
    </message>
    <message>
        <source>This is not a Neural Playground session: missing {missing}; unexpected {unexpected}.</source>
        <translation>这不是 Neural Playground 的会话文件：缺少 {missing}；多出 {unexpected}。</translation>
    </message>
    <message>
        <source>This is not a Neural Playground session: {name} appears twice.</source>
        <translation>这不是 Neural Playground 的会话文件：{name} 出现了两次。</translation>
    </message>
    <message>
        <source>{name} would take {size:,} bytes when unpacked (at most {most:,}); the file was not opened.</source>
        <translation>{name} 解压后将占用 {size:,} 字节（最多 {most:,}）；文件未打开。</translation>
    </message>
    <message>
        <source>{name} is compressed {ratio:,}:1, which no real session is; the file was not opened.</source>
        <translation>{name} 的压缩比为 {ratio:,}:1，真实的会话文件不会这样；文件未打开。</translation>
    </message>
    <message>
        <source>{name} is not valid JSON ({detail}).</source>
        <translation>{name} 不是有效的 JSON（{detail}）。</translation>
    </message>
    <message>
        <source>This is not a Neural Playground session (unknown format name).</source>
        <translation>这不是 Neural Playground 的会话文件（未知的格式名称）。</translation>
    </message>
    <message>
        <source>The session&apos;s format version {version} is invalid.</source>
        <translation>会话的格式版本 {version} 无效。</translation>
    </message>
    <message>
        <source>The saved data has shape {shape}, but the “{dataset}” data set holds {expected}.</source>
        <translation>保存的数据形状为 {shape}，但数据集“{dataset}”的形状是 {expected}。</translation>
    </message>
    <message>
        <source>The file holds an unexpected array “{name}”.</source>
        <translation>文件中含有意外的数组“{name}”。</translation>
    </message>
    <message>
        <source>The array “{name}” has type {dtype}, which a session never holds.</source>
        <translation>数组“{name}”的类型为 {dtype}，会话文件中不会有这种类型。</translation>
    </message>
    <message>
        <source>The array “{name}” declares {count:,} values; these settings allow at most {most:,}.</source>
        <translation>数组“{name}”声明了 {count:,} 个数值；按这些设置最多允许 {most:,} 个。</translation>
    </message>
    <message>
        <source>The array “{name}” declares shape {shape}, more than its {size:,} bytes hold.</source>
        <translation>数组“{name}”声明的形状为 {shape}，超出了其 {size:,} 字节所能容纳的数据。</translation>
    </message>
    <message>
        <source>The array “{name}” is truncated.</source>
        <translation>数组“{name}”不完整。</translation>
    </message>
    <message>
        <source>The session has no “{name}” array.</source>
        <translation>会话中没有数组“{name}”。</translation>
    </message>
    <message>
        <source>The array “{name}” holds NaN or infinite values.</source>
        <translation>数组“{name}”中含有 NaN 或无穷大。</translation>
    </message>
    <message>
        <source>The array “{name}” holds values above {most:g}, which cannot train.</source>
        <translation>数组“{name}”中含有大于 {most:g} 的值，无法训练。</translation>
    </message>
    <message>
        <source>The array “{name}” holds negative sums of squares, which no optimizer makes.</source>
        <translation>数组“{name}”中含有负的平方和，任何优化器都不会产生这种值。</translation>
    </message>
    <message>
        <source>The saved data has an unknown task “{task}”.</source>
        <translation>保存的数据的任务类型“{task}”未知。</translation>
    </message>
    <message>
        <source>The saved data has inconsistent shapes: inputs {x_shape}, targets {y_shape}, {names} feature names.</source>
        <translation>保存的数据形状不一致：输入 {x_shape}，目标 {y_shape}，特征名 {names} 个。</translation>
    </message>
    <message>
        <source>The saved class labels do not match the number of classes.</source>
        <translation>保存的类别标签与类别数不符。</translation>
    </message>
    <message>
        <source>The array “{name}” has shape {shape}, but this network needs {expected}.</source>
        <translation>数组“{name}”的形状为 {shape}，但该网络需要 {expected}。</translation>
    </message>
    <message>
        <source>The saved optimizer state is for “{saved}”, but the settings say “{chosen}”.</source>
        <translation>保存的优化器状态属于“{saved}”，但设置中是“{chosen}”。</translation>
    </message>
    <message>
        <source>The saved sample order is not a permutation of the training set.</source>
        <translation>保存的样本顺序不是训练集的一个排列。</translation>
    </message>
    <message>
        <source>The saved update and epoch counters are out of range.</source>
        <translation>保存的更新次数和轮次计数超出范围。</translation>
    </message>
    <message>
        <source>The saved random generator state is invalid ({detail}).</source>
        <translation>保存的随机数生成器状态无效（{detail}）。</translation>
    </message>
    <message>
        <source>The session&apos;s “{key}” is missing or not a {kind}.</source>
        <translation>会话中的“{key}”缺失，或不是 {kind}。</translation>
    </message>
    <message>
        <source>The session&apos;s scenario must be a JSON object.</source>
        <translation>会话中的场景必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>The session&apos;s scenario has unknown keys: {keys}.</source>
        <translation>会话中的场景含有未知的键：{keys}。</translation>
    </message>
    <message>
        <source>The scenario&apos;s {what} must be a list.</source>
        <translation>场景的{what}必须是一个列表。</translation>
    </message>
    <message>
        <source>The scenario&apos;s {what} must be a text of at most {most:,} characters.</source>
        <translation>场景的{what}必须是不超过 {most:,} 个字符的文本。</translation>
    </message>
    <message>
        <source>A scenario has at most {most} steps, not {value}.</source>
        <translation>一个场景最多有 {most} 个步骤，不能是 {value}。</translation>
    </message>
    <message>
        <source>The scenario names settings this app does not have: {names}.</source>
        <translation>该场景指定了本程序没有的设置：{names}。</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {reason}</source>
        <translation>无法写入文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>无法保存 {path}：{reason}</translation>
    </message>
    <message>
        <source>A convolution&apos;s filters, kernel size and stride must be at least 1.</source>
        <translation>卷积层的滤波器数、卷积核大小和步幅都必须至少为 1。</translation>
    </message>
    <message>
        <source>A pooling layer&apos;s window and stride must be at least 1.</source>
        <translation>池化层的窗口和步幅都必须至少为 1。</translation>
    </message>
    <message>
        <source>A recurrent layer needs at least one unit, and a truncation of 0 (all steps) or more.</source>
        <translation>循环层至少需要一个单元，截断步数须为 0（全部时间步）或更多。</translation>
    </message>
    <message>
        <source>Cross-entropy needs classes; use mean squared error for regression.</source>
        <translation>交叉熵需要类别；回归问题请使用均方误差。</translation>
    </message>
    <message>
        <source>A CSV data set needs its data: import the file again.</source>
        <translation>CSV 数据集需要它的数据：请重新导入该文件。</translation>
    </message>
    <message>
        <source>A painted data set needs its points: paint them again or open the session that holds them.</source>
        <translation>绘制的数据集需要它的数据点：请重新绘制，或打开保存了这些点的会话。</translation>
    </message>
    <message>
        <source>Cannot read the layer “{item}”; write {syntax}.</source>
        <translation>无法识别层“{item}”；请写成 {syntax}。</translation>
    </message>
    <message>
        <source>The bundled digits data cannot be read ({file}): {detail}</source>
        <translation>无法读取自带的手写数字数据（{file}）：{detail}</translation>
    </message>
    <message>
        <source>The digits set has {most:,} images; choose 1 to {most:,}, not {value:,}.</source>
        <translation>手写数字数据集有 {most:,} 张图像；请选择 1 到 {most:,}，而不是 {value:,}。</translation>
    </message>
    <message>
        <source>The adding problem needs at least 2 time steps, not {value}.</source>
        <translation>加法问题至少需要 2 个时间步，不能是 {value}。</translation>
    </message>
    <message>
        <source>Line 1: the file needs at least one feature column and one label column.</source>
        <translation>第 1 行：文件至少需要一个特征列和一个标签列。</translation>
    </message>
    <message>
        <source>Column {column}: classification needs whole-number labels.</source>
        <translation>第 {column} 列：分类问题的标签必须是整数。</translation>
    </message>
    <message>
        <source>Column {column}: every row has the same class ({label:g}); classification needs at least two.</source>
        <translation>第 {column} 列：每一行的类别都相同（{label:g}）；分类至少需要两个类别。</translation>
    </message>
    <message>
        <source>Column {column}: {count} classes; at most {most} are supported.</source>
        <translation>第 {column} 列：共有 {count} 个类别；最多支持 {most} 个。</translation>
    </message>
    <message>
        <source>The PyTorch export continues with a constant learning rate: choose the constant schedule (not {schedule}) before exporting.</source>
        <translation>PyTorch 导出会以恒定学习率继续训练：导出前请选择常数调度（而不是 {schedule}）。</translation>
    </message>
    <message>
        <source>The PyTorch export writes networks with every neuron on and no frozen layer: switch the neurons back on and unfreeze the layers first.</source>
        <translation>PyTorch 导出只写出所有神经元都开启且没有冻结层的网络：请先重新开启这些神经元并解冻各层。</translation>
    </message>
    <message>
        <source>The PyTorch export writes dense networks; this one has convolution or recurrent layers.</source>
        <translation>PyTorch 导出只支持全连接网络；该网络含有卷积层或循环层。</translation>
    </message>
    <message>
        <source>The path so far has only {count} recorded points: train a little longer to see the directions it moved in, or use random directions.</source>
        <translation>目前的训练路径只记录了 {count} 个点：请再训练一会儿以得到它的主要移动方向，或改用随机方向。</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>learning-rate schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>schedule setting</source>
        <translation>调度参数</translation>
    </message>
    <message>
        <source>data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>hidden activation</source>
        <translation>隐藏层激活函数</translation>
    </message>
    <message>
        <source>initializer</source>
        <translation>初始化方法</translation>
    </message>
    <message>
        <source>layer kind</source>
        <translation>层类型</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>optimizer setting</source>
        <translation>优化器参数</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>output activation</source>
        <translation>输出层激活函数</translation>
    </message>
    <message>
        <source>regularizer</source>
        <translation>正则化方法</translation>
    </message>
    <message>
        <source>bias scale</source>
        <translation>偏置缩放</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>gradient clipping norm</source>
        <translation>梯度裁剪范数</translation>
    </message>
    <message>
        <source>initialization scale</source>
        <translation>初始化缩放</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>output initialization scale</source>
        <translation>输出层初始化缩放</translation>
    </message>
    <message>
        <source>regularization rate</source>
        <translation>正则化系数</translation>
    </message>
    <message>
        <source>train fraction</source>
        <translation>训练集比例</translation>
    </message>
    <message>
        <source>configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>each hidden layer</source>
        <translation>每个隐藏层</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>填充方式</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>the configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>data seed</source>
        <translation>数据随机种子</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>动量 μ</translation>
    </message>
    <message>
        <source>beta1</source>
        <translation>β₁</translation>
    </message>
    <message>
        <source>beta2</source>
        <translation>β₂</translation>
    </message>
    <message>
        <source>rho</source>
        <translation>ρ</translation>
    </message>
    <message>
        <source>epsilon</source>
        <translation>ε</translation>
    </message>
</context>
<context>
    <name>ExperimentTools</name>
    <message>
        <source>Continue from update {step}</source>
        <translation>从第 {step} 次更新继续</translation>
    </message>
    <message>
        <source>Switch neuron {neuron} of hidden layer {layer} on</source>
        <translation>开启第 {layer} 个隐藏层的神经元 {neuron}</translation>
    </message>
    <message>
        <source>Switch neuron {neuron} of hidden layer {layer} off</source>
        <translation>关闭第 {layer} 个隐藏层的神经元 {neuron}</translation>
    </message>
    <message>
        <source>Unfreeze layer {layer}</source>
        <translation>解冻第 {layer} 层</translation>
    </message>
    <message>
        <source>Freeze layer {layer}</source>
        <translation>冻结第 {layer} 层</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Loss history as CSV…</source>
        <translation>损失历史（CSV）…</translation>
    </message>
    <message>
        <source>Every evaluation: update, epoch, losses and accuracies</source>
        <translation>每次评估的更新次数、轮次、损失和准确率</translation>
    </message>
    <message>
        <source>Weights as NumPy .npz…</source>
        <translation>权重（NumPy .npz）…</translation>
    </message>
    <message>
        <source>W1, b1, W2, b2, … in one file for np.load</source>
        <translation>W1、b1、W2、b2、… 保存在一个文件中，可用 np.load 读取</translation>
    </message>
    <message>
        <source>Weights as CSV files…</source>
        <translation>权重（CSV 文件）…</translation>
    </message>
    <message>
        <source>One CSV file per weight matrix and bias vector</source>
        <translation>每个权重矩阵和偏置向量各一个 CSV 文件</translation>
    </message>
    <message>
        <source>Network as Python script…</source>
        <translation>网络（Python 脚本）…</translation>
    </message>
    <message>
        <source>A script that needs only NumPy and predicts with these weights</source>
        <translation>只依赖 NumPy、用这些权重进行预测的脚本</translation>
    </message>
    <message>
        <source>Record a view while it trains…</source>
        <translation>训练时录制视图…</translation>
    </message>
    <message>
        <source>Grab a view after every update it shows, as an animated GIF or numbered PNG files, for slides</source>
        <translation>在视图每次显示更新后截取一帧，保存为 GIF 动画或编号的 PNG 文件，用于幻灯片</translation>
    </message>
    <message>
        <source>Continue training in PyTorch…</source>
        <translation>在 PyTorch 中继续训练…</translation>
    </message>
    <message>
        <source>A PyTorch script and its .npz: the same weights, loss, optimizer state and batch order, so the training goes on outside the playground</source>
        <translation>一个 PyTorch 脚本及其 .npz 文件：相同的权重、损失函数、优化器状态和批次顺序，可在本程序之外继续训练</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>已导出 {path}</translation>
    </message>
    <message>
        <source>Export loss history</source>
        <translation>导出损失历史</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export weights</source>
        <translation>导出权重</translation>
    </message>
    <message>
        <source>NumPy archives (*.npz)</source>
        <translation>NumPy 归档 (*.npz)</translation>
    </message>
    <message>
        <source>Export weights as CSV files into</source>
        <translation>将权重导出为 CSV 文件，保存到</translation>
    </message>
    <message>
        <source>Export network as a Python script</source>
        <translation>将网络导出为 Python 脚本</translation>
    </message>
    <message>
        <source>Python files (*.py)</source>
        <translation>Python 文件 (*.py)</translation>
    </message>
    <message>
        <source>Continue training in PyTorch</source>
        <translation>在 PyTorch 中继续训练</translation>
    </message>
    <message>
        <source>Record a view</source>
        <translation>录制视图</translation>
    </message>
    <message>
        <source>View to record:</source>
        <translation>要录制的视图：</translation>
    </message>
    <message>
        <source>Animated GIF</source>
        <translation>GIF 动画</translation>
    </message>
    <message>
        <source>Numbered PNG files in a folder</source>
        <translation>文件夹中编号的 PNG 文件</translation>
    </message>
    <message>
        <source>Record as:</source>
        <translation>录制为：</translation>
    </message>
    <message>
        <source>Record as an animated GIF</source>
        <translation>录制为 GIF 动画</translation>
    </message>
    <message>
        <source>GIF images (*.gif)</source>
        <translation>GIF 图像 (*.gif)</translation>
    </message>
    <message>
        <source>Record PNG files into</source>
        <translation>将 PNG 文件录制到</translation>
    </message>
    <message>
        <source>Recording failed</source>
        <translation>录制失败</translation>
    </message>
    <message>
        <source>Recorded {path}</source>
        <translation>已录制 {path}</translation>
    </message>
    <message>
        <source>Nothing was recorded: the view showed no update while recording.</source>
        <translation>没有录制任何内容：录制期间视图没有显示任何更新。</translation>
    </message>
</context>
<context>
    <name>FeatureMapView</name>
    <message>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Which training sample flows through the network in this view</source>
        <translation>在此视图中流经网络的训练样本</translation>
    </message>
    <message>
        <source>Choose an image data set (Problem: Images) to see feature maps.</source>
        <translation>请选择图像数据集（问题类型：图像）以查看特征图。</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>特征图</translation>
    </message>
    <message>
        <source>The input, then what each layer makes of it</source>
        <translation>输入，以及每一层对它的处理结果</translation>
    </message>
    <message>
        <source>Sample {index}, class {label}</source>
        <translation>样本 {index}，类别 {label}</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Link Axis:</source>
        <translation>联动坐标轴：</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Invert Axis</source>
        <translation>反转坐标轴</translation>
    </message>
    <message>
        <source>Mouse Enabled</source>
        <translation>启用鼠标</translation>
    </message>
    <message>
        <source>Visible Data Only</source>
        <translation>仅可见数据</translation>
    </message>
    <message>
        <source>Auto Pan Only</source>
        <translation>仅自动平移</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Clip to View</source>
        <translation>裁剪到视图</translation>
    </message>
    <message>
        <source>Max Traces:</source>
        <translation>最多曲线数：</translation>
    </message>
    <message>
        <source>Downsample</source>
        <translation>降采样</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <source>Forget hidden traces</source>
        <translation>丢弃隐藏的曲线</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>Subsample</source>
        <translation>抽样</translation>
    </message>
    <message>
        <source>Log X</source>
        <translation>对数 X</translation>
    </message>
    <message>
        <source>Log Y</source>
        <translation>对数 Y</translation>
    </message>
    <message>
        <source>Power Spectrum (FFT)</source>
        <translation>功率谱（FFT）</translation>
    </message>
    <message>
        <source>Y vs. Y&apos;</source>
        <translation>Y 对 Y&apos;（相图）</translation>
    </message>
    <message>
        <source>Subtract Mean</source>
        <translation>减去均值</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>数据点</translation>
    </message>
    <message>
        <source>Show X Grid</source>
        <translation>显示 X 网格</translation>
    </message>
    <message>
        <source>Show Y Grid</source>
        <translation>显示 Y 网格</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>透明度</translation>
    </message>
</context>
<context>
    <name>GalleryStrip</name>
    <message>
        <source>Sample gallery</source>
        <translation>样本一览</translation>
    </message>
    <message>
        <source>The first training samples: click one to follow it through the network</source>
        <translation>最前面的若干训练样本：单击一个样本，跟踪它在网络中的传递</translation>
    </message>
    <message>
        <source>Follow:</source>
        <translation>跟踪：</translation>
    </message>
</context>
<context>
    <name>GradientHealthView</name>
    <message>
        <source>Gradient advice</source>
        <translation>梯度建议</translation>
    </message>
    <message>
        <source>Gradient health plot</source>
        <translation>梯度健康图</translation>
    </message>
    <message>
        <source>Per layer, the gradient norm and the relative update size over time, on logarithmic axes</source>
        <translation>每一层的梯度范数和相对更新幅度随时间的变化（对数坐标）</translation>
    </message>
    <message>
        <source>Gradient ‖∂L/∂W‖</source>
        <translation>梯度 ‖∂L/∂W‖</translation>
    </message>
    <message>
        <source>Update ‖ΔW‖/‖W‖</source>
        <translation>更新 ‖ΔW‖/‖W‖</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新次数</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <source>How strongly each layer&apos;s weights are pushed. A layer whose gradient is orders of magnitude below the output layer&apos;s has a vanishing gradient.</source>
        <translation>每一层的权重受到的推动有多强。梯度比输出层小几个数量级的层出现了梯度消失。</translation>
    </message>
    <message>
        <source>⚠ NaN or ∞ in {layers}: the learning rate is too large. Reset and lower it.</source>
        <translation>⚠ {layers} 中出现 NaN 或 ∞：学习率过大。请重置并降低学习率。</translation>
    </message>
    <message>
        <source>⚠ Updates as large as the weights in {layers}: the learning rate is too large.</source>
        <translation>⚠ {layers} 的更新幅度与权重本身一样大：学习率过大。</translation>
    </message>
    <message>
        <source>⚠ Huge gradients in {layers}: lower the initialization scale or turn on gradient clipping.</source>
        <translation>⚠ {layers} 的梯度极大：请减小初始化缩放，或启用梯度裁剪。</translation>
    </message>
    <message>
        <source>⚠ {share} of the outputs of {layers} saturated after too large updates: lower the learning rate.</source>
        <translation>⚠ 更新过大后，{layers} 有 {share} 的输出已饱和：请降低学习率。</translation>
    </message>
    <message>
        <source>⚠ {share} of the outputs of {layers} saturated (σ/tanh at its limits): lower the initialization scale, or use ReLU.</source>
        <translation>⚠ {layers} 有 {share} 的输出已饱和（σ/tanh 处于极限值）：请减小初始化缩放，或改用 ReLU。</translation>
    </message>
    <message>
        <source>⚠ {share} of the ReLU units of {layers} are dead (never active) after too large updates: lower the learning rate.</source>
        <translation>⚠ 更新过大后，{layers} 有 {share} 的 ReLU 单元已死亡（从不激活）：请降低学习率。</translation>
    </message>
    <message>
        <source>⚠ {share} of the ReLU units of {layers} are dead (never active): lower the initialization scale, or use leaky ReLU.</source>
        <translation>⚠ {layers} 有 {share} 的 ReLU 单元已死亡（从不激活）：请减小初始化缩放，或改用 Leaky ReLU。</translation>
    </message>
    <message>
        <source>⚠ Gradients of {layers} vanish (under 10⁻⁴ of the output layer&apos;s): try ReLU, He/Xavier initialization or fewer layers.</source>
        <translation>⚠ {layers} 的梯度消失（不到输出层的 10⁻⁴）：请尝试 ReLU、He/Xavier 初始化或减少层数。</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <source>Export...</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>KernelView</name>
    <message>
        <source>What the kernels show: their weights, the change made by the last update, or the change since they were initialized</source>
        <translation>卷积核显示的内容：权重、上一次更新带来的变化，或自初始化以来的变化</translation>
    </message>
    <message>
        <source>Kernels show</source>
        <translation>卷积核显示</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Kernel numbers</source>
        <translation>卷积核数值</translation>
    </message>
    <message>
        <source>Write each weight in its cell, where the cells are large enough (layers up to {n} kernel weights)</source>
        <translation>格子足够大时，把每个权重写在它的格子里（最多 {n} 个卷积核权重的层）</translation>
    </message>
    <message>
        <source>Hover a kernel cell to read its weight, click it to inspect its math</source>
        <translation>鼠标悬停在卷积核格子上可查看其权重，单击可查看其数学计算</translation>
    </message>
    <message>
        <source>Kernel value</source>
        <translation>卷积核数值</translation>
    </message>
    <message>
        <source>This network has no convolution layer: kernels are drawn for image networks.</source>
        <translation>该网络没有卷积层：卷积核只针对图像网络绘制。</translation>
    </message>
    <message>
        <source>Convolution kernels</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>Each small square is one filter&apos;s kernel for one input channel (rows: filters, columns: input channels)</source>
        <translation>每个小方块是一个滤波器在一个输入通道上的卷积核（行：滤波器，列：输入通道）</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>{layer}: {filters} filters of {k}×{k} × {channels} input channel(s)</source>
        <translation>{layer}：{filters} 个 {k}×{k} 的滤波器 × {channels} 个输入通道</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>滤波器</translation>
    </message>
    <message>
        <source>input channel</source>
        <translation>输入通道</translation>
    </message>
    <message>
        <source>{layer} filter {f}, channel {c}, cell ({i},{j}): {symbol}w = {value:.4g}</source>
        <translation>{layer} 滤波器 {f}，通道 {c}，格子 ({i},{j})：{symbol}w = {value:.4g}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>out</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>out{n}</source>
        <translation>输出{n}</translation>
    </message>
    <message>
        <source>+ … ({count} more)</source>
        <translation>+ …（另有 {count} 项）</translation>
    </message>
    <message>
        <source>{name}:  z = {sum},   {activation}</source>
        <translation>{name}：  z = {sum}，   {activation}</translation>
    </message>
    <message>
        <source>AdaGrad</source>
        <translation>AdaGrad</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Added to the denominator so a tiny gradient history cannot divide by zero.</source>
        <translation>加到分母上，避免梯度历史极小时出现除以零。</translation>
    </message>
    <message>
        <source>Adding: the sum of two marked values</source>
        <translation>加法：两个标记值之和</translation>
    </message>
    <message>
        <source>Bars: horizontal or vertical</source>
        <translation>条纹：水平或竖直</translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation>棋盘格</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>圆形</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>常数</translation>
    </message>
    <message>
        <source>Constant (= scale)</source>
        <translation>常数（= 缩放）</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>Crosses or squares</source>
        <translation>十字或方块</translation>
    </message>
    <message>
        <source>Decay of Adam&apos;s running mean of gradients (0.9 is usual).</source>
        <translation>Adam 梯度滑动平均的衰减率（通常为 0.9）。</translation>
    </message>
    <message>
        <source>Decay of Adam&apos;s running mean of squared gradients (0.999 is usual).</source>
        <translation>Adam 梯度平方滑动平均的衰减率（通常为 0.999）。</translation>
    </message>
    <message>
        <source>Decay of RMSProp&apos;s running mean of squared gradients (0.9 is usual).</source>
        <translation>RMSProp 梯度平方滑动平均的衰减率（通常为 0.9）。</translation>
    </message>
    <message>
        <source>Echo: the bit k steps back</source>
        <translation>回声：k 步之前的比特</translation>
    </message>
    <message>
        <source>Elastic net (L1+L2)</source>
        <translation>弹性网络（L1+L2）</translation>
    </message>
    <message>
        <source>Every k updates</source>
        <translation>每 k 次更新</translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation>异或</translation>
    </message>
    <message>
        <source>Exponential decay</source>
        <translation>指数衰减</translation>
    </message>
    <message>
        <source>Factor d</source>
        <translation>因子 d</translation>
    </message>
    <message>
        <source>Final fraction m</source>
        <translation>最终比例 m</translation>
    </message>
    <message>
        <source>Fraction of the previous step kept in the velocity (0.9 is usual).</source>
        <translation>速度中保留的上一步的比例（通常为 0.9）。</translation>
    </message>
    <message>
        <source>Gaussian bumps (regression)</source>
        <translation>高斯峰（回归）</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <source>Handwritten digits (8×8)</source>
        <translation>手写数字（8×8）</translation>
    </message>
    <message>
        <source>He normal</source>
        <translation>He 正态分布</translation>
    </message>
    <message>
        <source>He uniform</source>
        <translation>He 均匀分布</translation>
    </message>
    <message>
        <source>How many updates one decay by the factor d takes.</source>
        <translation>按因子 d 衰减一次所需的更新次数。</translation>
    </message>
    <message>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>Length T</source>
        <translation>长度 T</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>Linear warm-up</source>
        <translation>线性预热</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>均方误差</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>Momentum μ</source>
        <translation>动量 μ</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>双月形</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Nesterov 动量</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Normal σ=0.5·scale</source>
        <translation>正态分布 σ=0.5·缩放</translation>
    </message>
    <message>
        <source>Plane (regression)</source>
        <translation>平面（回归）</translation>
    </message>
    <message>
        <source>RMSProp</source>
        <translation>RMSProp</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>Sine wave: the next value</source>
        <translation>正弦波：预测下一个值</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>Spiral, 3 classes</source>
        <translation>螺旋（3 类）</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>阶梯衰减</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>The rate at the end of the cosine, as a fraction of the learning rate.</source>
        <translation>余弦结束时的学习率，表示为设定学习率的比例。</translation>
    </message>
    <message>
        <source>Two Gaussians</source>
        <translation>两个高斯分布</translation>
    </message>
    <message>
        <source>Uniform ±0.5·scale</source>
        <translation>均匀分布 ±0.5·缩放</translation>
    </message>
    <message>
        <source>Updates from the full rate down to the final rate; after T the rate stays there.</source>
        <translation>从完整学习率降到最终学习率所经历的更新次数；T 次之后学习率保持不变。</translation>
    </message>
    <message>
        <source>Updates over which the rate grows linearly from η/w to the full learning rate.</source>
        <translation>学习率从 η/w 线性增长到完整学习率所经历的更新次数。</translation>
    </message>
    <message>
        <source>Warm-up updates w</source>
        <translation>预热更新次数 w</translation>
    </message>
    <message>
        <source>What the rate is multiplied by every k updates (0.5 halves it).</source>
        <translation>每 k 次更新时学习率所乘的系数（0.5 表示减半）。</translation>
    </message>
    <message>
        <source>Xavier/Glorot normal</source>
        <translation>Xavier/Glorot 正态分布</translation>
    </message>
    <message>
        <source>Xavier/Glorot uniform</source>
        <translation>Xavier/Glorot 均匀分布</translation>
    </message>
    <message>
        <source>X₁</source>
        <translation>X₁</translation>
    </message>
    <message>
        <source>X₁X₂</source>
        <translation>X₁X₂</translation>
    </message>
    <message>
        <source>X₁²</source>
        <translation>X₁²</translation>
    </message>
    <message>
        <source>X₂</source>
        <translation>X₂</translation>
    </message>
    <message>
        <source>X₂²</source>
        <translation>X₂²</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>全零</translation>
    </message>
    <message>
        <source>a = max(0, z)</source>
        <translation>a = max(0, z)</translation>
    </message>
    <message>
        <source>a = max(0.01·z, z)</source>
        <translation>a = max(0.01·z, z)</translation>
    </message>
    <message>
        <source>a = softmax(z)</source>
        <translation>a = softmax(z)</translation>
    </message>
    <message>
        <source>a = tanh(z)</source>
        <translation>a = tanh(z)</translation>
    </message>
    <message>
        <source>a = z</source>
        <translation>a = z</translation>
    </message>
    <message>
        <source>a = σ(z) = 1/(1+e⁻ᶻ)</source>
        <translation>a = σ(z) = 1/(1+e⁻ᶻ)</translation>
    </message>
    <message>
        <source>sin(X₁)</source>
        <translation>sin(X₁)</translation>
    </message>
    <message>
        <source>sin(X₂)</source>
        <translation>sin(X₂)</translation>
    </message>
    <message>
        <source>β₁</source>
        <translation>β₁</translation>
    </message>
    <message>
        <source>β₂</source>
        <translation>β₂</translation>
    </message>
    <message>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <source>ρ</source>
        <translation>ρ</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <source>Random (filter-normalised)</source>
        <translation>随机（按滤波器归一化）</translation>
    </message>
    <message>
        <source>Along the path so far</source>
        <translation>沿目前的训练路径</translation>
    </message>
    <message>
        <source>Random directions, each neuron&apos;s scaled to its weights (Li et al. 2018), or the two directions the weights moved in most during training</source>
        <translation>随机方向（每个神经元的分量按其权重缩放，Li 等人 2018），或训练中权重移动最多的两个方向</translation>
    </message>
    <message>
        <source>Landscape directions</source>
        <translation>地形方向</translation>
    </message>
    <message>
        <source>Landscape resolution</source>
        <translation>地形分辨率</translation>
    </message>
    <message>
        <source>Grid points per side: 40 × 40 = 1,600 evaluations of the loss</source>
        <translation>每边的网格点数：40 × 40 = 1,600 次损失计算</translation>
    </message>
    <message>
        <source>Landscape extent</source>
        <translation>地形范围</translation>
    </message>
    <message>
        <source>How far the slice reaches along each direction (1 = one direction&apos;s length)</source>
        <translation>切片沿每个方向延伸多远（1 = 一个方向向量的长度）</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Compute the loss landscape</source>
        <translation>计算损失地形</translation>
    </message>
    <message>
        <source>Measure the loss around the weights now (training goes on meanwhile)</source>
        <translation>计算当前权重周围的损失（训练同时继续）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the loss landscape</source>
        <translation>取消损失地形计算</translation>
    </message>
    <message>
        <source>Stop computing the landscape</source>
        <translation>停止计算地形</translation>
    </message>
    <message>
        <source>Landscape progress</source>
        <translation>地形计算进度</translation>
    </message>
    <message>
        <source>Press Compute to draw the loss around the current weights.</source>
        <translation>点击“计算”以绘制当前权重周围的损失。</translation>
    </message>
    <message>
        <source>Landscape status</source>
        <translation>地形状态</translation>
    </message>
    <message>
        <source>Loss landscape</source>
        <translation>损失地形</translation>
    </message>
    <message>
        <source>Loss over a slice through the weights: dark = low. The white line is the path training took, the ring the weights now</source>
        <translation>权重空间中一个切片上的损失：颜色越深损失越低。白线是训练走过的路径，圆环是当前的权重</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>β</source>
        <translation>β</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Cancelled (a new network or a changed setting cancels it too).</source>
        <translation>已取消（新建网络或更改设置也会取消计算）。</translation>
    </message>
    <message>
        <source>Update {step}: loss from {low:.3g} to {high:.3g} on this slice ({n} × {n}).</source>
        <translation>第 {step} 次更新：该切片（{n} × {n}）上的损失从 {low:.3g} 到 {high:.3g}。</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言 Language(&amp;L)</translation>
    </message>
    <message>
        <source>The language of the window; it changes at the next start</source>
        <translation>窗口的显示语言；下次启动时生效</translation>
    </message>
    <message>
        <source>Show the window in {language} from the next start</source>
        <translation>从下次启动起以{language}显示窗口</translation>
    </message>
    <message>
        <source>Takes effect after a restart</source>
        <translation>重新启动后生效</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Neural Playground will be shown in {language} the next time it starts.</source>
        <translation>Neural Playground 下次启动时将以{language}显示。</translation>
    </message>
</context>
<context>
    <name>LayerStackEditor</name>
    <message>
        <source>Convolution</source>
        <translation>卷积</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>最大池化</translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation>平均池化</translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation>展平</translation>
    </message>
    <message>
        <source>Recurrent</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Dense</source>
        <translation>全连接</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>无填充</translation>
    </message>
    <message>
        <source>same</source>
        <translation>同尺寸</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>步幅</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>全部时间步</translation>
    </message>
    <message>
        <source>BPTT</source>
        <translation>BPTT</translation>
    </message>
    <message>
        <source>Shapes through the network</source>
        <translation>网络中各层的形状</translation>
    </message>
    <message>
        <source>The shape of one sample after each layer: height×width×channels for images, time steps×features for sequences</source>
        <translation>一个样本经过每一层后的形状：图像为 高×宽×通道，序列为 时间步×特征</translation>
    </message>
    <message>
        <source>The kind of layer to add</source>
        <translation>要添加的层的类型</translation>
    </message>
    <message>
        <source>Kind of the new layer</source>
        <translation>新层的类型</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>添加层</translation>
    </message>
    <message>
        <source>Add a layer of the chosen kind before the output layer</source>
        <translation>在输出层之前添加一个所选类型的层</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>Shapes: —</source>
        <translation>形状：—</translation>
    </message>
    <message>
        <source>Shapes: {chain}</source>
        <translation>形状：{chain}</translation>
    </message>
    <message>
        <source>What this layer does</source>
        <translation>该层的作用</translation>
    </message>
    <message>
        <source>Layer {n} kind</source>
        <translation>第 {n} 层类型</translation>
    </message>
    <message>
        <source>Filters (convolution), neurons (dense) or hidden units (recurrent)</source>
        <translation>滤波器数（卷积）、神经元数（全连接）或隐藏单元数（循环）</translation>
    </message>
    <message>
        <source>Layer {n} units</source>
        <translation>第 {n} 层单元数</translation>
    </message>
    <message>
        <source>Kernel or pooling window size</source>
        <translation>卷积核或池化窗口的大小</translation>
    </message>
    <message>
        <source>Layer {n} kernel</source>
        <translation>第 {n} 层卷积核</translation>
    </message>
    <message>
        <source>How far the window moves each step</source>
        <translation>窗口每次移动的距离</translation>
    </message>
    <message>
        <source>Layer {n} stride</source>
        <translation>第 {n} 层步幅</translation>
    </message>
    <message>
        <source>same: zeros around the image keep its size; valid: no padding</source>
        <translation>同尺寸：在图像四周补零以保持尺寸；无填充：不补零</translation>
    </message>
    <message>
        <source>Layer {n} padding</source>
        <translation>第 {n} 层填充</translation>
    </message>
    <message>
        <source>The function applied to each output</source>
        <translation>作用于每个输出的函数</translation>
    </message>
    <message>
        <source>Layer {n} activation</source>
        <translation>第 {n} 层激活函数</translation>
    </message>
    <message>
        <source>Layer {n} returns sequences</source>
        <translation>第 {n} 层输出完整序列</translation>
    </message>
    <message>
        <source>Pass on the hidden state of every time step (needed below another recurrent layer), not only the last</source>
        <translation>传递每个时间步的隐藏状态（后面接另一个循环层时需要），而不只是最后一个</translation>
    </message>
    <message>
        <source>Backpropagate through at most this many time steps (0: all)</source>
        <translation>反向传播最多经过这么多个时间步（0：全部）</translation>
    </message>
    <message>
        <source>Layer {n} BPTT steps</source>
        <translation>第 {n} 层 BPTT 步数</translation>
    </message>
    <message>
        <source>Layer {n} output shape</source>
        <translation>第 {n} 层输出形状</translation>
    </message>
    <message>
        <source>Move this layer up</source>
        <translation>上移该层</translation>
    </message>
    <message>
        <source>Move layer {n} up</source>
        <translation>上移第 {n} 层</translation>
    </message>
    <message>
        <source>Move this layer down</source>
        <translation>下移该层</translation>
    </message>
    <message>
        <source>Move layer {n} down</source>
        <translation>下移第 {n} 层</translation>
    </message>
    <message>
        <source>Remove this layer</source>
        <translation>删除该层</translation>
    </message>
    <message>
        <source>Remove layer {n}</source>
        <translation>删除第 {n} 层</translation>
    </message>
    <message>
        <source>Add a {kind} layer</source>
        <translation>添加{kind}层</translation>
    </message>
    <message>
        <source>Move layer {n}</source>
        <translation>移动第 {n} 层</translation>
    </message>
    <message>
        <source>Layer {n}: {kind}</source>
        <translation>第 {n} 层：{kind}</translation>
    </message>
    <message>
        <source>Layer {n} settings</source>
        <translation>第 {n} 层设置</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>The network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>How it learns</source>
        <translation>学习原理</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Initialization</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>批量</translation>
    </message>
    <message>
        <source>Optimizers</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>正则化</translation>
    </message>
    <message>
        <source>Images and sequences</source>
        <translation>图像与序列</translation>
    </message>
    <message>
        <source>The weight matrix</source>
        <translation>权重矩阵</translation>
    </message>
    <message>
        <source>Every link between two neurons carries one number, its weight. The links from one column of neurons to the next form a table: one &lt;b&gt;row for each input&lt;/b&gt; and one &lt;b&gt;column for each neuron it feeds&lt;/b&gt;. So 3 inputs feeding 2 neurons make a 3×2 matrix, and entry w&lt;sub&gt;ij&lt;/sub&gt; is the strength of the link from input i to neuron j. A positive weight (blue) passes the signal on, a negative one (orange, dashed) turns it around, a weight near zero ignores it.</source>
        <translation>两个神经元之间的每条连线都带有一个数，即它的权重。从一列神经元到下一列的连线构成一张表：&lt;b&gt;每个输入占一行&lt;/b&gt;，&lt;b&gt;它连接的每个神经元占一列&lt;/b&gt;。因此 3 个输入连接 2 个神经元构成一个 3×2 矩阵，元素 w&lt;sub&gt;ij&lt;/sub&gt; 是从输入 i 到神经元 j 的连线强度。正权重（蓝色）把信号传递下去，负权重（橙色虚线）把信号反转，接近零的权重则忽略它。</translation>
    </message>
    <message>
        <source>The forward pass</source>
        <translation>前向传播</translation>
    </message>
    <message>
        <source>A prediction flows from left to right. Each neuron adds up its inputs, each multiplied by the weight of its link, adds its bias, and passes the sum z through its activation function f. The results are the inputs of the next column. Click a neuron in the diagram to see its sum with today&apos;s numbers.</source>
        <translation>预测从左向右流动。每个神经元把各个输入分别乘以对应连线的权重后相加，加上偏置，再让和 z 通过激活函数 f。结果就是下一列的输入。在网络结构图中单击一个神经元，即可看到用当前数值算出的求和。</translation>
    </message>
    <message>
        <source>Gradient descent: the sign matters</source>
        <translation>梯度下降：符号很重要</translation>
    </message>
    <message>
        <source>The gradient ∂L/∂w says how much the loss grows when w grows a little. To make the loss smaller, every weight takes a small step &lt;b&gt;against&lt;/b&gt; its gradient: w ← w − η ∂L/∂w. For the mean squared error the gradient of one output is (2/B) Σ (a − y) f′(z) x: when the output a is too large, the gradient is positive and the weight goes down. Written with (y − a) instead, the same formula needs a minus sign in front; forgetting it makes training climb the loss.</source>
        <translation>梯度 ∂L/∂w 表示 w 稍微增大时损失增加多少。为了让损失变小，每个权重都&lt;b&gt;逆着&lt;/b&gt;梯度走一小步：w ← w − η ∂L/∂w。对于均方误差，一个输出的梯度为 (2/B) Σ (a − y) f′(z) x：当输出 a 过大时，梯度为正，权重随之减小。如果改用 (y − a) 来写，同一个公式前面就需要一个负号；忘了它，训练就会让损失不断上升。</translation>
    </message>
    <message>
        <source>The learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>η scales every step. Too small and the loss crawls down for thousands of updates; too large and the steps overshoot the valley, the loss jumps up and the weights can blow up to infinity (the app then pauses and offers to go back to a healthy update).</source>
        <translation>η 缩放每一步。太小，损失要经过成千上万次更新才缓慢下降；太大，步子会越过谷底，损失跳升，权重甚至可能发散到无穷大（这时程序会暂停，并提供回到正常更新的选项）。</translation>
    </message>
    <message>
        <source>Backpropagation</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <source>The chain rule, applied from the output back to the input. δ = ∂L/∂z is computed once for the output layer, then handed back one layer at a time through the transposed weights and multiplied by each layer&apos;s f′(z). A weight&apos;s gradient is then the product of the signal that entered its link and the δ of the neuron it feeds, summed over the batch. The Gradients view shows how large these gradients are in every layer.</source>
        <translation>链式法则，从输出一直应用到输入。δ = ∂L/∂z 先在输出层计算一次，然后通过转置的权重逐层向后传递，并乘以每一层的 f′(z)。一个权重的梯度就是进入其连线的信号与它所连接神经元的 δ 之积，再对批量求和。“梯度”视图显示每一层中这些梯度有多大。</translation>
    </message>
    <message>
        <source>Vanishing and exploding gradients</source>
        <translation>梯度消失与梯度爆炸</translation>
    </message>
    <message>
        <source>Each layer multiplies the gradient on its way back by its weights and by f′(z). Many factors below 1 (a saturated sigmoid has f′ ≤ 0.25) make the first layers&apos; gradients vanish, so they stop learning; many factors above 1 make them explode. A good initialization keeps the factors near 1; gradient clipping caps the total size of a step.</source>
        <translation>梯度在反向传回的途中，每经过一层都要乘以该层的权重和 f′(z)。许多小于 1 的因子（饱和的 Sigmoid 的 f′ ≤ 0.25）会让前面几层的梯度消失，使它们停止学习；许多大于 1 的因子则会让梯度爆炸。好的初始化让这些因子保持在 1 附近；梯度裁剪则限制每一步的总大小。</translation>
    </message>
    <message>
        <source>Reading the math inspector</source>
        <translation>如何阅读数学检查器</translation>
    </message>
    <message>
        <source>Click a neuron or a link in the diagram, a cell of a weight matrix or a kernel cell: the math inspector shows that weight&apos;s forward sum for one sample, its gradient as the chain rule builds it, and the step the next update will take with the current optimizer. Press Step and the weight changes by exactly that Δw.</source>
        <translation>在网络结构图中单击一个神经元或一条连线，或者单击权重矩阵或卷积核中的一个格子：数学检查器会显示该权重对一个样本的前向求和、由链式法则逐步构建出的梯度，以及下一次更新用当前优化器将迈出的一步。按下“单步”，权重就会恰好改变这个 Δw。</translation>
    </message>
    <message>
        <source>Passes z through unchanged. A network of linear layers is still one linear map, however deep: it can only draw straight boundaries.</source>
        <translation>让 z 原样通过。由线性层组成的网络无论多深，仍然只是一个线性映射：它只能画出直线边界。</translation>
    </message>
    <message>
        <source>Keeps positive sums and sets negative ones to zero. Cheap, and its slope of 1 does not shrink gradients; but a neuron whose sum stays negative for every sample gets no gradient at all and stays dead.</source>
        <translation>保留正的和，把负的和置为零。计算代价低，斜率为 1 也不会缩小梯度；但如果一个神经元对所有样本的和都为负，它就完全得不到梯度，一直处于死亡状态。</translation>
    </message>
    <message>
        <source>Like ReLU, but negative sums keep a small slope, so a neuron that went negative still receives a little gradient and can come back.</source>
        <translation>与 ReLU 类似，但负的和保留一个小斜率，因此变为负值的神经元仍能得到少量梯度，有机会恢复。</translation>
    </message>
    <message>
        <source>Squashes any sum into (0, 1), which reads as a probability. For large |z| it saturates: its slope is at most 0.25 and nearly 0 far out, which makes gradients vanish in deep stacks.</source>
        <translation>把任意的和压缩到 (0, 1) 区间，可以理解为概率。|z| 很大时它会饱和：斜率最多为 0.25，远离原点处几乎为 0，这会使深层网络中的梯度消失。</translation>
    </message>
    <message>
        <source>Squashes the sum into (−1, 1), centred on 0, which often trains faster than the sigmoid; it saturates too for large |z|.</source>
        <translation>把和压缩到以 0 为中心的 (−1, 1) 区间，通常比 Sigmoid 训练得更快；|z| 很大时它同样会饱和。</translation>
    </message>
    <message>
        <source>Turns the output layer&apos;s sums into probabilities over the classes: all positive, adding up to 1. Used with the cross-entropy loss.</source>
        <translation>把输出层的和转换为各类别上的概率：全部为正，总和为 1。与交叉熵损失一起使用。</translation>
    </message>
    <message>
        <source>Every weight starts at 0. All neurons of a layer then compute the same thing and receive the same gradient, so they stay identical forever: the symmetry never breaks.</source>
        <translation>每个权重都从 0 开始。这样同一层的所有神经元计算的都是同一个东西，得到的梯度也相同，于是永远保持一样：对称性始终无法打破。</translation>
    </message>
    <message>
        <source>Every weight starts at the same value s: the same symmetry problem as zeros, and large s saturates the neurons at once.</source>
        <translation>每个权重都从同一个值 s 开始：与全零相同的对称性问题，而且 s 较大时神经元会立即饱和。</translation>
    </message>
    <message>
        <source>Random values in a fixed interval, whatever the layer&apos;s size: wide layers then add up many terms and their sums grow too large.</source>
        <translation>在固定区间内取随机值，与层的大小无关：宽的层会把许多项加在一起，其和会变得过大。</translation>
    </message>
    <message>
        <source>Random values from a bell curve of fixed width, whatever the layer&apos;s size: the same weakness as the fixed uniform rule.</source>
        <translation>从固定宽度的钟形曲线（正态分布）中取随机值，与层的大小无关：与固定区间的均匀分布有同样的不足。</translation>
    </message>
    <message>
        <source>Glorot and Bengio&apos;s rule: the spread shrinks with the number of inputs and outputs, so signals keep about the same size forward and backward. Suits tanh and sigmoid.</source>
        <translation>Glorot 和 Bengio 提出的规则：分布范围随输入数和输出数的增加而缩小，使信号在前向和反向传播中大致保持相同的大小。适合 Tanh 和 Sigmoid。</translation>
    </message>
    <message>
        <source>Xavier&apos;s variance 2/(n_in + n_out) drawn from a bell curve instead of an interval.</source>
        <translation>方差同为 Xavier 的 2/(n_in + n_out)，但从钟形曲线（正态分布）而不是区间中抽取。</translation>
    </message>
    <message>
        <source>He&apos;s rule doubles the variance to 2/n_in because ReLU silences half of its inputs; it keeps deep ReLU networks&apos; signals from fading.</source>
        <translation>He 的规则把方差加倍为 2/n_in，因为 ReLU 会让一半的输入归零；它能防止深层 ReLU 网络中的信号逐层衰减。</translation>
    </message>
    <message>
        <source>He&apos;s variance 2/n_in drawn from a bell curve.</source>
        <translation>方差为 He 的 2/n_in，从钟形曲线（正态分布）中抽取。</translation>
    </message>
    <message>
        <source>The mean of the squared differences between output and target. A miss twice as large costs four times as much. The usual loss for regression.</source>
        <translation>输出与目标之差的平方的平均值。误差大一倍，代价就大四倍。回归问题常用的损失函数。</translation>
    </message>
    <message>
        <source>For two classes with one sigmoid output: small when the output gives the true class a high probability, very large when it is confidently wrong. Combined with the sigmoid its gradient is simply (a − y)/B.</source>
        <translation>用于只有一个 Sigmoid 输出的二分类：输出给真实类别的概率高时损失小，自信地判断错误时损失非常大。与 Sigmoid 结合时，它的梯度就是简单的 (a − y)/B。</translation>
    </message>
    <message>
        <source>For several classes with a softmax output: minus the log of the probability given to the true class. Its gradient is (a − y)/B too.</source>
        <translation>用于带 Softmax 输出的多分类：真实类别所得概率的对数取负。它的梯度同样是 (a − y)/B。</translation>
    </message>
    <message>
        <source>Plain gradient descent: a step against the gradient of this batch, of size η times the gradient.</source>
        <translation>普通的梯度下降：逆着当前批量的梯度走一步，步长为 η 乘以梯度。</translation>
    </message>
    <message>
        <source>Keeps a velocity: a running sum of past steps that decays by μ each update. Steps in a steady direction build up speed; steps that zig-zag cancel out.</source>
        <translation>保持一个速度：过去各步的累计和，每次更新按 μ 衰减。方向稳定的步子会逐渐加速；来回震荡的步子会相互抵消。</translation>
    </message>
    <message>
        <source>Momentum that looks ahead: the gradient is taken where the velocity is about to carry the weights, which brakes earlier before a valley&apos;s wall.</source>
        <translation>向前看的动量：在速度即将把权重带到的位置计算梯度，因此在碰到山谷壁之前就能更早减速。</translation>
    </message>
    <message>
        <source>Divides each weight&apos;s step by the root of the sum of all its squared gradients so far: rarely moved weights take larger steps. The sum only grows, so steps shrink for ever.</source>
        <translation>把每个权重的步长除以它迄今所有梯度平方之和的平方根：很少移动的权重迈出更大的步子。这个和只增不减，因此步长会一直缩小。</translation>
    </message>
    <message>
        <source>Like AdaGrad, but with a decaying mean of squared gradients, so steps adapt to the recent past and do not shrink to nothing.</source>
        <translation>与 AdaGrad 类似，但使用梯度平方的衰减平均，因此步长适应最近的情况，不会缩小到零。</translation>
    </message>
    <message>
        <source>Momentum and RMSProp together: m is a running mean of gradients, v of squared gradients. Both start at 0, so early values are too small; dividing by 1 − βᵗ corrects that. Each weight&apos;s step is then about η in size, whatever the scale of its gradient.</source>
        <translation>动量与 RMSProp 的结合：m 是梯度的滑动平均，v 是梯度平方的滑动平均。两者都从 0 开始，因此早期的值过小；除以 1 − βᵗ 可以修正这一点。这样，无论梯度的尺度如何，每个权重的步长都大约为 η。</translation>
    </message>
    <message>
        <source>No penalty: the network may fit the training points as closely as it can, noise included. A large network on few noisy points overfits: the training loss keeps falling while the test loss rises.</source>
        <translation>没有惩罚：网络可以尽可能紧密地拟合训练点，连噪声也一起拟合。在少量带噪声的点上训练大网络会过拟合：训练损失不断下降，测试损失却在上升。</translation>
    </message>
    <message>
        <source>Adds λ Σ|w| to the loss. Its pull toward 0 has the same size for every weight, so small, useless weights are driven to exactly zero: the weight matrix becomes sparse.</source>
        <translation>在损失上加上 λ Σ|w|。它把每个权重拉向 0 的力度都相同，因此小而无用的权重会被压到恰好为零：权重矩阵变得稀疏。</translation>
    </message>
    <message>
        <source>Adds (λ/2) Σ w² to the loss (weight decay). Its pull is proportional to the weight: large weights shrink fast, small ones slowly, and few reach exactly zero. Smoother boundaries, less overfitting.</source>
        <translation>在损失上加上 (λ/2) Σ w²（权重衰减）。它的拉力与权重成正比：大权重缩小得快，小权重缩小得慢，很少会恰好变为零。边界更平滑，过拟合更少。</translation>
    </message>
    <message>
        <source>Half L1 and half L2: some sparsity and some smooth shrinking.</source>
        <translation>一半 L1、一半 L2：兼有一定的稀疏性和平滑的收缩。</translation>
    </message>
    <message>
        <source>Batch gradient descent</source>
        <translation>批量梯度下降</translation>
    </message>
    <message>
        <source>Every update uses all B training samples: the exact gradient of the training loss. The loss falls smoothly, but each update costs a pass over all the data.</source>
        <translation>每次更新都使用全部 B 个训练样本：得到训练损失的精确梯度。损失平稳下降，但每次更新都要遍历一遍全部数据。</translation>
    </message>
    <message>
        <source>Stochastic gradient descent</source>
        <translation>随机梯度下降</translation>
    </message>
    <message>
        <source>Every update uses one sample, drawn in a new random order each epoch. Updates are cheap and many, but the loss curve is noisy because one sample&apos;s gradient only roughly points the right way.</source>
        <translation>每次更新只使用一个样本，每一轮都按新的随机顺序抽取。更新代价低、次数多，但损失曲线有噪声，因为单个样本的梯度只能大致指向正确的方向。</translation>
    </message>
    <message>
        <source>Mini-batch gradient descent</source>
        <translation>小批量梯度下降</translation>
    </message>
    <message>
        <source>The usual compromise: each update averages the gradient over a small batch (here 10 by default), less noisy than one sample and far cheaper than all of them.</source>
        <translation>常用的折中方案：每次更新对一个小批量（这里默认 10 个样本）上的梯度取平均，比单个样本噪声小，又比使用全部样本便宜得多。</translation>
    </message>
    <message>
        <source>Convolution kernels</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>A convolution layer learns a few small k×k kernels instead of one weight per pixel. Each kernel slides over the whole image and gives one feature map; the same few weights are reused at every position, so an edge detector learned in one corner works everywhere.</source>
        <translation>卷积层学习少量 k×k 的小卷积核，而不是每个像素一个权重。每个卷积核在整幅图像上滑动，得到一张特征图；同样的几个权重在每个位置重复使用，因此在一个角落学到的边缘检测器在任何位置都有效。</translation>
    </message>
    <message>
        <source>Recurrent networks share their weights</source>
        <translation>循环神经网络共享权重</translation>
    </message>
    <message>
        <source>A recurrent layer reads a sequence one step at a time and keeps a hidden state h. The same matrices W_xh (input to hidden) and W_hh (hidden to hidden) are used at every time step, so their gradient is a sum over all steps. Going back in time the gradient is multiplied by W_hh again and again: it fades when W_hh&apos;s spectral radius is below 1 and can explode above.</source>
        <translation>循环层每次读取序列的一步，并保持一个隐藏状态 h。每个时间步都使用相同的矩阵 W_xh（输入到隐藏）和 W_hh（隐藏到隐藏），因此它们的梯度是对所有时间步的求和。沿时间反向传播时，梯度一次又一次地乘以 W_hh：W_hh 的谱半径小于 1 时梯度逐渐消失，大于 1 时则可能爆炸。</translation>
    </message>
</context>
<context>
    <name>LessonsPanel</name>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Choose a concept to read about it</source>
        <translation>选择一个概念来阅读相关内容</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>课程内容</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>指给我看</translation>
    </message>
    <message>
        <source>Outline the control or view this lesson is about</source>
        <translation>框出本课所讲的控件或视图</translation>
    </message>
    <message>
        <source>Open the scenario</source>
        <translation>打开示例场景</translation>
    </message>
    <message>
        <source>Open a ready-made session that demonstrates this lesson</source>
        <translation>打开一个演示本课内容的现成会话</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>Updates</source>
        <translation>更新次数</translation>
    </message>
    <message>
        <source>updates</source>
        <translation>更新次数</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Loss plot</source>
        <translation>损失曲线</translation>
    </message>
    <message>
        <source>Training loss (solid) and test loss (dashed) over time; accuracy below, for classes</source>
        <translation>训练损失（实线）和测试损失（虚线）随时间的变化；分类问题在下方显示准确率</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>train accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <source>Plot the loss on a logarithmic axis, to see progress once it is small</source>
        <translation>用对数坐标轴绘制损失，损失很小时也能看出进展</translation>
    </message>
    <message>
        <source>Horizontal axis: parameter updates or passes over the training set</source>
        <translation>横轴：参数更新次数或遍历训练集的轮数</translation>
    </message>
    <message>
        <source>X axis</source>
        <translation>横轴</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>横轴</translation>
    </message>
    <message>
        <source>Loss on the whole training set (solid) and test set (dashed)</source>
        <translation>整个训练集（实线）和测试集（虚线）上的损失</translation>
    </message>
    <message>
        <source>other branch</source>
        <translation>另一分支</translation>
    </message>
    <message>
        <source>η (dotted)</source>
        <translation>η（点线）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Histograms</source>
        <translation>直方图</translation>
    </message>
    <message>
        <source>Kernels</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>特征图</translation>
    </message>
    <message>
        <source>Through time</source>
        <translation>随时间展开</translation>
    </message>
    <message>
        <source>Step-through</source>
        <translation>逐步演示</translation>
    </message>
    <message>
        <source>Unrolled</source>
        <translation>展开网络</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Loss landscape</source>
        <translation>损失地形</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source> (run {n})</source>
        <translation>（运行 {n}）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Save as Scenario…</source>
        <translation>另存为场景…</translation>
    </message>
    <message>
        <source>Import CSV data…</source>
        <translation>导入 CSV 数据…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
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
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>Compare runs…</source>
        <translation>对比运行…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Restore default layout</source>
        <translation>恢复默认布局</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>No scenario is open</source>
        <translation>没有打开的场景</translation>
    </message>
    <message>
        <source>The scenario has no further step that way</source>
        <translation>场景在这个方向上没有更多步骤了</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; {version}&lt;br&gt;Build a neural network by hand and watch its weight matrices learn.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; {version}&lt;br&gt;亲手搭建神经网络，观察它的权重矩阵如何学习。</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Math inspector</source>
        <translation>数学检查器</translation>
    </message>
</context>
<context>
    <name>MathInspector</name>
    <message>
        <source>Math inspector</source>
        <translation>数学检查器</translation>
    </message>
    <message>
        <source>The chosen weight&apos;s forward sum, gradient and next step, with today&apos;s numbers</source>
        <translation>所选权重的前向求和、梯度和下一步，使用当前的数值</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a neuron or a link in the network diagram, a cell of a weight matrix or a kernel cell to see its numbers here: the forward sum, the gradient as the chain rule builds it, and the step the next update will take.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在网络结构图中单击一个神经元或一条连线，或者单击权重矩阵或卷积核中的一个格子，即可在这里看到它的数值：前向求和、由链式法则逐步构建出的梯度，以及下一次更新将迈出的一步。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Follow training</source>
        <translation>跟随训练</translation>
    </message>
    <message>
        <source>Compute the numbers again after every update shown</source>
        <translation>每显示一次更新后重新计算这些数值</translation>
    </message>
    <message>
        <source>Inspector status</source>
        <translation>检查器状态</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>The network was rebuilt: click a weight to inspect it.</source>
        <translation>网络已重新构建：请单击一个权重来查看。</translation>
    </message>
    <message>
        <source>{name}, before update {step}</source>
        <translation>{name}，第 {step} 次更新之前</translation>
    </message>
    <message>
        <source>… ({count} more)</source>
        <translation>…（还有 {count} 项）</translation>
    </message>
    <message>
        <source>Forward pass of neuron {j} for training sample {sample}</source>
        <translation>神经元 {j} 对训练样本 {sample} 的前向传播</translation>
    </message>
    <message>
        <source>Gradient on the next batch ({count} samples)</source>
        <translation>下一个批量上的梯度（{count} 个样本）</translation>
    </message>
    <message>
        <source>δ = ∂L/∂z of this neuron for each sample; it already holds the loss&apos;s 1/B, so the sum is the batch&apos;s average.</source>
        <translation>δ = 该神经元对每个样本的 ∂L/∂z；其中已包含损失中的 1/B，因此求和得到的就是批量的平均值。</translation>
    </message>
    <message>
        <source>sum over the batch and every position or time step</source>
        <translation>对批量以及每个位置或时间步求和</translation>
    </message>
    <message>
        <source>penalty term ({name}, λ = {rate})</source>
        <translation>惩罚项（{name}，λ = {rate}）</translation>
    </message>
    <message>
        <source>clipped: × c/‖g‖</source>
        <translation>已裁剪：× c/‖g‖</translation>
    </message>
    <message>
        <source>what the optimizer receives</source>
        <translation>优化器接收到的梯度</translation>
    </message>
    <message>
        <source>Step of {optimizer}, update {t}</source>
        <translation>{optimizer} 的一步，第 {t} 次更新</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>关闭这条消息</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <source>Go back to a healthy update</source>
        <translation>回到正常的更新</translation>
    </message>
    <message>
        <source>Put back the weights of the last update before training blew up, keeping the current settings (lower the learning rate first)</source>
        <translation>恢复训练发散之前最后一次更新的权重，并保留当前设置（请先降低学习率）</translation>
    </message>
    <message>
        <source>Go back to update {step}</source>
        <translation>回到第 {step} 次更新</translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>已冻结</translation>
    </message>
</context>
<context>
    <name>NetworkEditor</name>
    <message>
        <source>Output over the plane</source>
        <translation>平面上的输出</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>Activation for one sample</source>
        <translation>单个样本的激活值</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>网络结构图</translation>
    </message>
    <message>
        <source>Inputs on the left, hidden layers in the middle, the output on the right; click a neuron to see its formula, a link to edit its weight</source>
        <translation>左边是输入，中间是隐藏层，右边是输出；单击神经元可查看其公式，单击连线可编辑其权重</translation>
    </message>
    <message>
        <source>Add a hidden layer (a copy of the last one)</source>
        <translation>添加一个隐藏层（复制最后一层）</translation>
    </message>
    <message>
        <source>Add a hidden layer</source>
        <translation>添加隐藏层</translation>
    </message>
    <message>
        <source>Remove the last hidden layer</source>
        <translation>删除最后一个隐藏层</translation>
    </message>
    <message>
        <source>What each neuron shows: its output over the whole input plane, its bias, or its activation for one training sample (click a point in the Output view to choose it)</source>
        <translation>每个神经元显示的内容：它在整个输入平面上的输出、它的偏置，或它对单个训练样本的激活值（在“输出”视图中单击一个点来选择样本）</translation>
    </message>
    <message>
        <source>Neurons show</source>
        <translation>神经元显示</translation>
    </message>
    <message>
        <source>{n} hidden layer</source>
        <translation>{n} 个隐藏层</translation>
    </message>
    <message>
        <source>{n} hidden layers</source>
        <translation>{n} 个隐藏层</translation>
    </message>
    <message>
        <source>Remove a neuron from hidden layer {n}</source>
        <translation>从第 {n} 个隐藏层删除一个神经元</translation>
    </message>
    <message>
        <source>Add a neuron to hidden layer {n}</source>
        <translation>向第 {n} 个隐藏层添加一个神经元</translation>
    </message>
    <message>
        <source>Activation of hidden layer {n}; right-click the column for more</source>
        <translation>第 {n} 个隐藏层的激活函数；右键单击该列可查看更多选项</translation>
    </message>
    <message>
        <source>Activation of hidden layer {n}</source>
        <translation>第 {n} 个隐藏层的激活函数</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Initialization</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>Remove hidden layer {n}</source>
        <translation>删除第 {n} 个隐藏层</translation>
    </message>
    <message>
        <source>Unfreeze this layer</source>
        <translation>解冻该层</translation>
    </message>
    <message>
        <source>Freeze this layer (no more updates)</source>
        <translation>冻结该层（不再更新）</translation>
    </message>
    <message>
        <source>Switch {name} back on</source>
        <translation>重新开启 {name}</translation>
    </message>
    <message>
        <source>Switch {name} off</source>
        <translation>关闭 {name}</translation>
    </message>
    <message>
        <source>Hidden layer {n}: {units} neurons</source>
        <translation>第 {n} 个隐藏层：{units} 个神经元</translation>
    </message>
    <message>
        <source>activation {name}</source>
        <translation>激活函数 {name}</translation>
    </message>
    <message>
        <source>initialization {name}</source>
        <translation>初始化 {name}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Hidden layer {n}: {changes}</source>
        <translation>第 {n} 个隐藏层：{changes}</translation>
    </message>
    <message>
        <source>{name}: an input feature, the same for every neuron it feeds</source>
        <translation>{name}：一个输入特征，对它连接的每个神经元都相同</translation>
    </message>
    <message>
        <source>   → {value:.3f} for sample {sample}</source>
        <translation>   → 样本 {sample} 的值为 {value:.3f}</translation>
    </message>
    <message>
        <source>Edit weight</source>
        <translation>编辑权重</translation>
    </message>
    <message>
        <source>New value of {weight}:</source>
        <translation>{weight} 的新值：</translation>
    </message>
    <message>
        <source>w[{source} → {target}] = {value:.4g}
Click to type a new value</source>
        <translation>w[{source} → {target}] = {value:.4g}
单击可输入新值</translation>
    </message>
    <message>
        <source>{name} = {value:.4g} for sample {sample}</source>
        <translation>样本 {sample}：{name} = {value:.4g}</translation>
    </message>
    <message>
        <source>{name} (click to highlight its links)</source>
        <translation>{name}（单击以高亮它的连线）</translation>
    </message>
    <message>
        <source>{name}: bias b = {value:.4g} (click to see its formula)</source>
        <translation>{name}：偏置 b = {value:.4g}（单击查看其公式）</translation>
    </message>
    <message>
        <source>Switched off: its output is 0 (Ctrl+click to switch it back on)</source>
        <translation>已关闭：其输出为 0（按住 Ctrl 单击可重新开启）</translation>
    </message>
    <message>
        <source>Ctrl+click (or right-click) to switch it off</source>
        <translation>按住 Ctrl 单击（或右键单击）可将其关闭</translation>
    </message>
</context>
<context>
    <name>NumberCombo</name>
    <message>
        <source>“{text}” is not a number from {low:g} to {high:g}.</source>
        <translation>“{text}”不是 {low:g} 到 {high:g} 之间的数。</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
</context>
<context>
    <name>OutputView</name>
    <message>
        <source>Show test data</source>
        <translation>显示测试数据</translation>
    </message>
    <message>
        <source>Draw the held-out test points (outlined) as well as the training points (filled)</source>
        <translation>除训练点（实心）外，也画出留出的测试点（空心）</translation>
    </message>
    <message>
        <source>Discretize output</source>
        <translation>离散化输出</translation>
    </message>
    <message>
        <source>Colour each point of the plane by its predicted class only, not by how confident the network is</source>
        <translation>只按预测的类别给平面上的每个点着色，不体现网络的置信度</translation>
    </message>
    <message>
        <source>What the picture shows</source>
        <translation>图中显示的内容</translation>
    </message>
    <message>
        <source>Click a training point to follow it through the network (diagram: Neurons show ▸ Activation for one sample)</source>
        <translation>单击一个训练点，跟踪它在网络中的传递（网络结构图：神经元显示 ▸ 单个样本的激活值）</translation>
    </message>
    <message>
        <source>Network output</source>
        <translation>网络输出</translation>
    </message>
    <message>
        <source>Points shown</source>
        <translation>显示的点数</translation>
    </message>
    <message>
        <source>A big data set is drawn as a fixed random sample of its points, so the view stays quick; training uses every point</source>
        <translation>大数据集只绘制固定的随机抽样点，以保持视图流畅；训练仍使用所有数据点</translation>
    </message>
    <message>
        <source>Images have no plane to draw the output over: the Kernels and Feature maps views show what the network learns.</source>
        <translation>图像没有可以绘制输出的平面：“卷积核”和“特征图”视图展示网络学到了什么。</translation>
    </message>
    <message>
        <source>Sequences have no plane to draw the output over: the Through time view shows what the network does with them.</source>
        <translation>序列没有可以绘制输出的平面：“随时间展开”视图展示网络如何处理它们。</translation>
    </message>
    <message>
        <source>The data has {n} input columns, so there is no plane to draw the output over. Watch the loss and the weights instead.</source>
        <translation>数据有 {n} 个输入列，因此没有可以绘制输出的平面。请观察损失和权重。</translation>
    </message>
    <message>
        <source>What {name} computes over the plane (move away for the network&apos;s output)</source>
        <translation>{name} 在平面上计算的结果（移开鼠标可查看网络的输出）</translation>
    </message>
    <message>
        <source>Network output over the input plane</source>
        <translation>网络在输入平面上的输出</translation>
    </message>
    <message>
        <source>showing {shown:,} of {total:,} points</source>
        <translation>显示 {total:,} 个点中的 {shown:,} 个</translation>
    </message>
</context>
<context>
    <name>PaintTool</name>
    <message>
        <source>Paint</source>
        <translation>绘制</translation>
    </message>
    <message>
        <source>Draw your own data: click or drag to add points of the chosen class, right-click or right-drag to erase; then train on them</source>
        <translation>绘制你自己的数据：单击或拖动可添加所选类别的数据点，右键单击或右键拖动可擦除；然后用它们进行训练</translation>
    </message>
    <message>
        <source>Paint class</source>
        <translation>绘制类别</translation>
    </message>
    <message>
        <source>The class of the points you paint</source>
        <translation>你所绘制的数据点的类别</translation>
    </message>
    <message>
        <source>Class {k}</source>
        <translation>类别 {k}</translation>
    </message>
    <message>
        <source>Class {k} (new)</source>
        <translation>类别 {k}（新）</translation>
    </message>
    <message>
        <source>Erase points</source>
        <translation>擦除数据点</translation>
    </message>
    <message numerus="yes">
        <source>Paint %n point(s)</source>
        <translation>
            <numerusform>绘制 %n 个点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlotItem</name>
    <message>
        <source>Plot Options</source>
        <translation>绘图选项</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>变换</translation>
    </message>
    <message>
        <source>Downsample</source>
        <translation>降采样</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>透明度</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>数据点</translation>
    </message>
</context>
<context>
    <name>PredictionsView</name>
    <message>
        <source>Hover a cell of the confusion matrix for its count</source>
        <translation>鼠标悬停在混淆矩阵的格子上可查看其计数</translation>
    </message>
    <message>
        <source>Prediction details</source>
        <translation>预测详情</translation>
    </message>
    <message>
        <source>Predictions and the confusion matrix are drawn for classification problems; this run predicts numbers.</source>
        <translation>预测结果和混淆矩阵只针对分类问题绘制；本次运行预测的是数值。</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Left: the chosen sample&apos;s class probabilities, its true class outlined.  Right: the test set&apos;s confusion matrix; row = true class, column = predicted class, each row as shares of its class</source>
        <translation>左：所选样本的各类别概率，真实类别加框标出。  右：测试集的混淆矩阵；行 = 真实类别，列 = 预测类别，每一行按该类别内的比例显示</translation>
    </message>
    <message>
        <source>Chosen sample</source>
        <translation>所选样本</translation>
    </message>
    <message>
        <source>class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Test set: true class → predicted</source>
        <translation>测试集：真实类别 → 预测类别</translation>
    </message>
    <message>
        <source>No sample chosen</source>
        <translation>未选择样本</translation>
    </message>
    <message>
        <source>Sample {index}: {label} → {guess}</source>
        <translation>样本 {index}：{label} → {guess}</translation>
    </message>
    <message>
        <source>True class {i}, predicted {j}: {count} of the {total} test samples of class {i}</source>
        <translation>真实类别 {i}，预测为 {j}：类别 {i} 的 {total} 个测试样本中有 {count} 个</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Presentation mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>Large text, wide lines and projector colours; F5 again restores the layout exactly</source>
        <translation>大号文字、粗线条和适合投影仪的配色；再按一次 F5 可完全恢复原来的布局</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Fill the whole screen</source>
        <translation>占满整个屏幕</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Larger presentation scale</source>
        <translation>增大演示缩放比例</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Smaller presentation scale</source>
        <translation>减小演示缩放比例</translation>
    </message>
    <message>
        <source>Presentation scale</source>
        <translation>演示缩放比例</translation>
    </message>
    <message>
        <source>{factor}×</source>
        <translation>{factor}×</translation>
    </message>
    <message>
        <source>Presentation scale {factor}×</source>
        <translation>演示缩放比例 {factor}×</translation>
    </message>
</context>
<context>
    <name>PresenterKeys</name>
    <message>
        <source>Faster</source>
        <translation>加快</translation>
    </message>
    <message>
        <source>Play faster</source>
        <translation>加快运行速度</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>减慢</translation>
    </message>
    <message>
        <source>Play slower</source>
        <translation>减慢运行速度</translation>
    </message>
    <message>
        <source>Next view</source>
        <translation>下一个视图</translation>
    </message>
    <message>
        <source>Bring the next view to the front</source>
        <translation>把下一个视图切换到最前面</translation>
    </message>
    <message>
        <source>Previous view</source>
        <translation>上一个视图</translation>
    </message>
    <message>
        <source>Bring the previous view to the front</source>
        <translation>把上一个视图切换到最前面</translation>
    </message>
    <message>
        <source>Next scenario step</source>
        <translation>场景的下一步</translation>
    </message>
    <message>
        <source>Go on to the scenario&apos;s next step</source>
        <translation>进入场景的下一个步骤</translation>
    </message>
    <message>
        <source>Previous scenario step</source>
        <translation>场景的上一步</translation>
    </message>
    <message>
        <source>Go back to the scenario&apos;s previous step</source>
        <translation>返回场景的上一个步骤</translation>
    </message>
    <message>
        <source>Speed: {speed}</source>
        <translation>速度：{speed}</translation>
    </message>
    <message>
        <source>No view is open: View ▸ lists them</source>
        <translation>没有打开的视图：“视图 ▸”菜单中列出了所有视图</translation>
    </message>
</context>
<context>
    <name>RacePlot</name>
    <message>
        <source>Compared losses</source>
        <translation>损失对比</translation>
    </message>
    <message>
        <source>Each run&apos;s training loss (solid) and test loss (dashed), one colour per run; accuracy below, for classes</source>
        <translation>每次运行的训练损失（实线）和测试损失（虚线），每次运行一种颜色；分类问题在下方显示准确率</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>updates</source>
        <translation>更新次数</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <source>Plot the loss on a logarithmic axis, to tell small losses apart</source>
        <translation>用对数坐标轴绘制损失，以便区分较小的损失</translation>
    </message>
    <message>
        <source>Log scale of the compared losses</source>
        <translation>对比损失的对数坐标</translation>
    </message>
</context>
<context>
    <name>RecordingIndicator</name>
    <message>
        <source>Recording</source>
        <translation>正在录制</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>停止录制</translation>
    </message>
    <message>
        <source>Stop and write the recording</source>
        <translation>停止并写出录制结果</translation>
    </message>
    <message>
        <source>● Recording {view}: {n} of at most {most} frames</source>
        <translation>● 正在录制{view}：第 {n} 帧，最多 {most} 帧</translation>
    </message>
</context>
<context>
    <name>ReplayProgress</name>
    <message>
        <source>Replaying the updates since the nearest checkpoint…</source>
        <translation>正在重放自最近检查点以来的更新…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Going back on the timeline</source>
        <translation>在时间线上回退</translation>
    </message>
    <message>
        <source>Timeline replay progress</source>
        <translation>时间线重放进度</translation>
    </message>
    <message>
        <source>The run is recomputed from its nearest earlier checkpoint, bit for bit; Cancel leaves it where it was</source>
        <translation>运行从最近的更早检查点逐位精确地重新计算；取消则保持原样</translation>
    </message>
</context>
<context>
    <name>RunUnit</name>
    <message>
        <source>Building the network…</source>
        <translation>正在构建网络…</translation>
    </message>
    <message>
        <source>Regenerate data</source>
        <translation>重新生成数据</translation>
    </message>
    <message>
        <source>Import CSV data</source>
        <translation>导入 CSV 数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not import {path}:
{error}</source>
        <translation>无法导入 {path}：
{error}</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>导入 {name}</translation>
    </message>
    <message>
        <source>Training paused. {reason}</source>
        <translation>训练已暂停。{reason}</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>Zero initialization: symmetry never breaks</source>
        <translation>零初始化：对称性永远无法打破</translation>
    </message>
    <message>
        <source>Every weight starts at 0: the hidden neurons stay identical forever.</source>
        <translation>所有权重都从 0 开始：隐藏层神经元永远保持完全相同。</translation>
    </message>
    <message>
        <source>What to watch: press Play and look at the weight heatmaps. Within a layer every column (one neuron&apos;s incoming weights) is the same colour as the others, and the neurons in the diagram all draw the same picture.</source>
        <translation>观察什么：单击“运行”，查看权重热力图。同一层中每一列（一个神经元的输入权重）的颜色都与其他列相同，网络结构图中的各个神经元也都画出同样的图案。</translation>
    </message>
    <message>
        <source>What to change: set Initialization to Xavier uniform and press Reset. The columns differ from the start, and within 600 updates the network classifies every XOR point correctly.</source>
        <translation>改变什么：把“初始化”设为“Xavier/Glorot 均匀分布”，然后单击“重置”。各列从一开始就不同，不到 600 次更新，网络就能把所有 XOR 数据点都分类正确。</translation>
    </message>
    <message>
        <source>Why: neurons that start equal compute the same output and receive the same gradient, so every update keeps them equal. The network behaves as if each layer had one neuron. Random initial weights break this symmetry.</source>
        <translation>原因：初始相同的神经元计算出相同的输出，也得到相同的梯度，所以每次更新之后它们仍然相同。网络的表现就好像每层只有一个神经元。随机的初始权重打破了这种对称性。</translation>
    </message>
    <message>
        <source>Initial weights too large: saturated sigmoids</source>
        <translation>初始权重过大：Sigmoid 饱和</translation>
    </message>
    <message>
        <source>Weights six times too large push sigmoid neurons into their flat ends.</source>
        <translation>权重大了六倍，把 Sigmoid 神经元推到了函数两端的平坦区域。</translation>
    </message>
    <message>
        <source>What to watch: before training, the hidden neurons&apos; pictures are two flat colours with a hard edge between them, and the loss starts far above 0.69 (a coin toss): the network is confidently wrong.</source>
        <translation>观察什么：训练开始之前，隐藏层神经元的图案只有两种单一的颜色，中间是一条生硬的分界线；损失的初始值远高于 0.69（相当于抛硬币）：网络错得很“自信”。</translation>
    </message>
    <message>
        <source>What to change: set Init scale back to 1 (plain Xavier) and press Reset. The pictures become soft gradients and the starting loss is near 0.69.</source>
        <translation>改变什么：把“初始化缩放”改回 1（即普通的 Xavier），然后单击“重置”。图案变成柔和的渐变，初始损失接近 0.69。</translation>
    </message>
    <message>
        <source>Why: a large weighted sum z lands where the sigmoid is flat, at 0 or 1. Its slope σ&apos;(z) is then nearly 0, and the chain rule multiplies every gradient through that neuron by it: a saturated neuron barely learns. Xavier scales the weights to the number of inputs so that z stays moderate.</source>
        <translation>原因：加权和 z 很大时，会落在 Sigmoid 的平坦区域，即接近 0 或 1 的地方。这时它的斜率 σ&apos;(z) 几乎为 0，而链式法则会把经过这个神经元的每个梯度都乘以这个斜率：饱和的神经元几乎学不到东西。Xavier 按输入个数来缩放权重，使 z 保持在适中的范围内。</translation>
    </message>
    <message>
        <source>Initial weights too small: vanishing gradients</source>
        <translation>初始权重过小：梯度消失</translation>
    </message>
    <message>
        <source>Tiny initial weights: the first layer&apos;s gradient all but vanishes.</source>
        <translation>初始权重极小：第一层的梯度几乎完全消失。</translation>
    </message>
    <message>
        <source>What to watch: press Play. The loss stays at about 0.69 for a long time, and the Gradients view shows the first layer&apos;s gradient hundreds of times smaller than the last layer&apos;s.</source>
        <translation>观察什么：单击“运行”。损失在很长时间内一直停在 0.69 左右，“梯度”视图显示第一层的梯度比最后一层小几百倍。</translation>
    </message>
    <message>
        <source>What to change: set Init scale to 1 (plain Xavier) and press Reset, then Play: within a thousand updates the loss falls below 0.2.</source>
        <translation>改变什么：把“初始化缩放”设为 1（即普通的 Xavier），单击“重置”，再单击“运行”：不到一千次更新，损失就降到 0.2 以下。</translation>
    </message>
    <message>
        <source>Why: backpropagation multiplies the gradient by each layer&apos;s weights on its way back. With weights near 0 every layer shrinks it, so the first layers hardly move. Xavier keeps the signal&apos;s size about the same from layer to layer.</source>
        <translation>原因：反向传播时，梯度每经过一层都要乘以该层的权重。权重接近 0 时，每一层都会把梯度缩小，所以前面几层几乎不动。Xavier 使信号的大小在各层之间大致保持不变。</translation>
    </message>
    <message>
        <source>ReLU with He initialization on a deep network</source>
        <translation>深层网络中的 ReLU 与 He 初始化</translation>
    </message>
    <message>
        <source>Six ReLU layers keep their signal with He initialization, lose it with Xavier.</source>
        <translation>六个 ReLU 层：用 He 初始化时信号得以保持，用 Xavier 时信号逐渐丢失。</translation>
    </message>
    <message>
        <source>What to watch: the six hidden layers all show clear pictures, and training brings the loss down quickly.</source>
        <translation>观察什么：六个隐藏层都显示出清晰的图案，训练使损失迅速下降。</translation>
    </message>
    <message>
        <source>What to change: set Initialization to Xavier normal and press Reset. Each layer&apos;s outputs are smaller than the one before, the last layers&apos; pictures fade, and training starts more slowly.</source>
        <translation>改变什么：把“初始化”设为“Xavier/Glorot 正态分布”，然后单击“重置”。每一层的输出都比前一层小，最后几层的图案逐渐淡去，训练起步也更慢。</translation>
    </message>
    <message>
        <source>Why: ReLU sets half of its inputs to zero, which halves the signal&apos;s variance at every layer. He initialization draws weights with variance 2/n_in instead of Xavier&apos;s 2/(n_in + n_out), which makes up for that half.</source>
        <translation>原因：ReLU 会把一半的输入置为零，这使信号的方差在每一层都减半。He 初始化抽取权重时使用的方差是 2/n_in，而不是 Xavier 的 2/(n_in + n_out)，正好弥补了这一半。</translation>
    </message>
    <message>
        <source>Dead ReLUs after a too-large step</source>
        <translation>步长过大之后的 ReLU 死亡</translation>
    </message>
    <message>
        <source>A learning rate of 3 kills ReLU neurons; they never come back.</source>
        <translation>学习率为 3 时，ReLU 神经元会“死亡”，而且再也无法恢复。</translation>
    </message>
    <message>
        <source>What to watch: step 20 times (→). Several hidden neurons turn into a flat picture: they output 0 for every point.</source>
        <translation>观察什么：单步执行 20 次（→）。有几个隐藏层神经元变成了单一颜色的平坦图案：它们对所有点的输出都是 0。</translation>
    </message>
    <message>
        <source>What to change: set the learning rate to 0.01 and play on. The dead neurons stay dead; press Reset to start again with the small rate, and they live.</source>
        <translation>改变什么：把学习率设为 0.01，继续运行。死亡的神经元仍然是死的；单击“重置”，用较小的学习率重新开始，它们就会存活下来。</translation>
    </message>
    <message>
        <source>Why: a huge update pushes a neuron&apos;s bias and weights so that z &lt; 0 for every input. ReLU&apos;s slope there is 0, so no gradient ever reaches those weights again. Leaky ReLU keeps a small slope for z &lt; 0.</source>
        <translation>原因：一次巨大的更新会把某个神经元的偏置和权重推到使所有输入都满足 z &lt; 0 的位置。ReLU 在那里的斜率为 0，因此再也没有梯度能传到这些权重上。Leaky ReLU 在 z &lt; 0 时保留一个很小的斜率。</translation>
    </message>
    <message>
        <source>Learning rate too high: divergence</source>
        <translation>学习率过高：发散</translation>
    </message>
    <message>
        <source>At rate 3 the loss explodes; the guard stops training and offers to go back.</source>
        <translation>学习率为 3 时损失会爆炸；保护机制会暂停训练并提供回退选项。</translation>
    </message>
    <message>
        <source>What to watch: press Play. Within about 50 updates the loss shoots up, the weights grow huge, and training pauses with a message.</source>
        <translation>观察什么：单击“运行”。大约 50 次更新之内，损失急剧上升，权重变得非常大，训练暂停并显示一条消息。</translation>
    </message>
    <message>
        <source>What to change: set the learning rate to 0.01, then press &quot;Go back to update …&quot; in the message: the weights return to the last healthy checkpoint and training continues calmly.</source>
        <translation>改变什么：把学习率设为 0.01，然后单击消息中的“回到第 … 次更新”：权重恢复到最后一个正常的检查点，训练平稳地继续进行。</translation>
    </message>
    <message>
        <source>Why: each update moves the weights by the rate times the gradient. When that step is larger than the valley it should go down into, it lands higher on the other side, where the gradient is larger still: every step overshoots more.</source>
        <translation>原因：每次更新使权重移动“学习率乘以梯度”那么多。如果这一步比它本该下降进入的山谷还宽，就会落到对面更高的地方，那里的梯度更大：每一步都冲过头得更多。</translation>
    </message>
    <message>
        <source>Learning rate too low: crawling</source>
        <translation>学习率过低：进展缓慢</translation>
    </message>
    <message>
        <source>At rate 0.00001 hundreds of updates change almost nothing.</source>
        <translation>学习率为 0.00001 时，几百次更新几乎什么也没改变。</translation>
    </message>
    <message>
        <source>What to watch: press Play. The loss curve is flat and the weight heatmap does not change colour.</source>
        <translation>观察什么：单击“运行”。损失曲线是平的，权重热力图的颜色也没有变化。</translation>
    </message>
    <message>
        <source>What to change: set the learning rate to 0.03 while it plays. The loss starts falling at once: the weights and the optimizer keep their state.</source>
        <translation>改变什么：在运行过程中把学习率设为 0.03。损失立刻开始下降：权重和优化器都保留了它们的状态。</translation>
    </message>
    <message>
        <source>Why: the update is the rate times the gradient. The gradient points the right way, but a tiny rate makes each step so short that training would need millions of updates.</source>
        <translation>原因：更新量等于学习率乘以梯度。梯度的方向是对的，但学习率太小，每一步都太短，训练需要几百万次更新才能完成。</translation>
    </message>
    <message>
        <source>Full batch, one sample, mini-batch</source>
        <translation>全批量、单个样本、小批量</translation>
    </message>
    <message>
        <source>One sample per update gives a noisy loss; the full batch a smooth one.</source>
        <translation>每次更新只用一个样本，损失曲线充满噪声；用全批量时则很平滑。</translation>
    </message>
    <message>
        <source>What to watch: press Play. Each update uses one sample (SGD): the loss curve zigzags, and often goes up.</source>
        <translation>观察什么：单击“运行”。每次更新只使用一个样本（随机梯度下降）：损失曲线呈锯齿状，而且经常上升。</translation>
    </message>
    <message>
        <source>What to change: choose Batch: Full batch and press Reset: the curve falls smoothly, never up. Then choose Mini-batch of 10: a little noise, while each update reads only 10 samples instead of all 100.</source>
        <translation>改变什么：把“批量方式”选为“全批量（梯度下降）”，然后单击“重置”：曲线平滑下降，从不上升。再选择大小为 10 的“小批量”：曲线有少许噪声，而每次更新只读取 10 个样本，而不是全部 100 个。</translation>
    </message>
    <message>
        <source>Why: the gradient of one sample is a noisy estimate of the gradient of the whole training set; averaging over a batch reduces the noise. The full batch follows the true gradient, at the cost of reading every sample for each update.</source>
        <translation>原因：单个样本的梯度是整个训练集梯度的一个带噪声的估计；在一个批量上取平均可以减小噪声。全批量沿着真实的梯度前进，代价是每次更新都要读取所有样本。</translation>
    </message>
    <message>
        <source>Momentum and Adam against plain SGD</source>
        <translation>动量和 Adam 对比普通 SGD</translation>
    </message>
    <message>
        <source>Same data, same initial weights: momentum and Adam learn the spiral far faster.</source>
        <translation>相同的数据、相同的初始权重：动量和 Adam 学会螺旋数据的速度快得多。</translation>
    </message>
    <message>
        <source>What to watch: press Play with plain SGD and note the loss after 300 updates (the toolbar shows the update count).</source>
        <translation>观察什么：使用普通 SGD 单击“运行”，记下 300 次更新之后的损失（工具栏上显示更新次数）。</translation>
    </message>
    <message>
        <source>What to change: choose Momentum, press Reset (same seed: the same initial weights) and play 300 updates; then Adam. Compare the three losses.</source>
        <translation>改变什么：选择“动量”，单击“重置”（随机种子相同：初始权重也相同），运行 300 次更新；然后再换成 Adam。比较这三个损失值。</translation>
    </message>
    <message>
        <source>Why: momentum adds up past gradients, so it speeds along directions that stay the same and damps zigzags. Adam also divides each weight&apos;s step by a running size of its gradient, so weights with small gradients still move.</source>
        <translation>原因：动量会累加过去的梯度，因此沿着梯度方向始终一致的方向加速前进，并抑制来回的锯齿式振荡。Adam 还会把每个权重的步长除以其梯度大小的滑动估计，因此梯度很小的权重也能移动。</translation>
    </message>
    <message>
        <source>Overfitting, and L2 against it</source>
        <translation>过拟合，以及用 L2 对抗过拟合</translation>
    </message>
    <message>
        <source>A large network memorizes 30 noisy points; L2 makes it generalize.</source>
        <translation>一个大网络记住了 30 个带噪声的点；L2 使它具有泛化能力。</translation>
    </message>
    <message>
        <source>What to watch: press Play. The training loss goes to almost 0 while the test loss climbs above 1, and the output bends around single noisy points (the test points show how badly that generalizes).</source>
        <translation>观察什么：单击“运行”。训练损失几乎降到 0，而测试损失却升到 1 以上，输出在单个噪声点周围弯曲（测试点显示出这样的泛化有多差）。</translation>
    </message>
    <message>
        <source>What to change: choose Regularization L2 with rate 0.01 and press Reset. The boundary becomes smoother, the weights stay a few times smaller, and the test loss ends far lower.</source>
        <translation>改变什么：把“正则化”选为 L2，系数设为 0.01，然后单击“重置”。决策边界变得更平滑，权重始终小好几倍，最终的测试损失也低得多。</translation>
    </message>
    <message>
        <source>Why: with many more weights than points, the network can fit the noise too. L2 adds λ/2·Σw² to the loss, so each update also shrinks every weight a little: only weights that help on many points stay large.</source>
        <translation>原因：权重比数据点多得多时，网络连噪声也能拟合。L2 在损失中加上 λ/2·Σw²，因此每次更新还会把每个权重都缩小一点：只有对许多点都有帮助的权重才会保持较大。</translation>
    </message>
    <message>
        <source>L1 drives weights to exactly zero</source>
        <translation>L1 使权重恰好变为零</translation>
    </message>
    <message>
        <source>With L1, many weights become exactly 0: the heatmap shows them as 0.00.</source>
        <translation>使用 L1 时，许多权重会恰好变为 0：热力图把它们显示为 0.00。</translation>
    </message>
    <message>
        <source>What to watch: press Play and look at the first weight matrix. One cell after the other turns pale and reads 0.00 (exactly 0), least of all in the rows of X₁² and X₂², the inputs a circle needs. A weight of 0 draws no link in the diagram.</source>
        <translation>观察什么：单击“运行”，查看第一个权重矩阵。单元格一个接一个地变淡，显示为 0.00（恰好为 0），而 X₁² 和 X₂² 这两行（画圆所需要的输入）中这种情况最少。权重为 0 时，网络结构图中不画出对应的连线。</translation>
    </message>
    <message>
        <source>What to change: choose L2 instead and press Reset: weights shrink but none reaches 0. Back on L1, raise the rate to 0.1 and Reset: the training loss ends about three times higher, as the penalty now fights the fit.</source>
        <translation>改变什么：改选 L2，然后单击“重置”：权重会缩小，但没有一个达到 0。再换回 L1，把系数提高到 0.1 并单击“重置”：最终的训练损失大约高出三倍，因为惩罚项现在在与拟合相抗衡。</translation>
    </message>
    <message>
        <source>Why: L1 adds λ·Σ|w|, whose gradient λ·sign(w) pulls every weight toward 0 by the same amount, however small it is. A weight whose data gradient is weaker than λ ends at 0 (when an update would carry it across 0, it stops there). L2&apos;s pull, λ·w, fades as w shrinks.</source>
        <translation>原因：L1 加上 λ·Σ|w|，其梯度 λ·sign(w) 以相同的力度把每个权重拉向 0，无论权重有多小。数据梯度弱于 λ 的权重最终停在 0（如果一次更新会使它越过 0，它就停在 0）。L2 的拉力 λ·w 则会随着 w 变小而减弱。</translation>
    </message>
    <message>
        <source>Three inputs, two neurons: a 3×2 weight matrix</source>
        <translation>三个输入、两个神经元：3×2 的权重矩阵</translation>
    </message>
    <message>
        <source>Three inputs feed two neurons: the first weight matrix is exactly 3×2.</source>
        <translation>三个输入连接到两个神经元：第一个权重矩阵正好是 3×2。</translation>
    </message>
    <message>
        <source>What to watch: the first heatmap has 3 rows, one per input (X₁², X₂², X₁X₂), and 2 columns, one per neuron. Hover a cell: w[i→j] is the weight from input i to neuron j.</source>
        <translation>观察什么：第一张热力图有 3 行，每个输入一行（X₁²、X₂²、X₁X₂），有 2 列，每个神经元一列。把鼠标悬停在某个单元格上：w[i→j] 是从输入 i 到神经元 j 的权重。</translation>
    </message>
    <message>
        <source>What to change: click a neuron in the diagram to see z = Σ wᵢxᵢ + b with today&apos;s numbers. Add a third neuron: the matrix becomes 3×3; untick an input: 2×2.</source>
        <translation>改变什么：单击网络结构图中的一个神经元，可以看到代入当前数值的 z = Σ wᵢxᵢ + b。添加第三个神经元：矩阵变为 3×3；取消勾选一个输入：变为 2×2。</translation>
    </message>
    <message>
        <source>Why: a layer computes z = x·W + b for a row x of n_in inputs, so W needs one row per input and one column per neuron: n_in × n_out. Column j holds everything neuron j listens to.</source>
        <translation>原因：对于由 n_in 个输入组成的行向量 x，一层计算 z = x·W + b，所以 W 需要每个输入一行、每个神经元一列：n_in × n_out。第 j 列包含神经元 j 所接收的全部内容。</translation>
    </message>
    <message>
        <source>A CNN learns edge detectors on bars</source>
        <translation>CNN 在条纹图像上学会边缘检测器</translation>
    </message>
    <message>
        <source>On horizontal and vertical bars, 3×3 kernels become oriented edge detectors.</source>
        <translation>在水平和竖直条纹上，3×3 卷积核会变成有方向的边缘检测器。</translation>
    </message>
    <message>
        <source>What to watch: press Play and look at the Kernels view. The random 3×3 kernels turn into stripes: rows or columns of one sign beside rows or columns of the other.</source>
        <translation>观察什么：单击“运行”，查看“卷积核”视图。随机的 3×3 卷积核逐渐变成条纹状：一种符号的行或列紧挨着另一种符号的行或列。</translation>
    </message>
    <message>
        <source>What to change: open Feature maps and pick images of both kinds: most kernels light up at least twice as strongly on one bar direction as on the other.</source>
        <translation>改变什么：打开“特征图”，分别选取两种条纹的图像：大多数卷积核对某一方向条纹的响应至少是另一方向的两倍。</translation>
    </message>
    <message>
        <source>Why: the same 9 weights slide over every position of the image, so a kernel learns one local pattern wherever it occurs. Telling a horizontal bar from a vertical one needs exactly one thing: the direction of its edges.</source>
        <translation>原因：同样的 9 个权重在图像的每个位置上滑动，因此一个卷积核学到的是一种局部图案，无论它出现在哪里。区分水平条纹和竖直条纹恰好只需要一样东西：边缘的方向。</translation>
    </message>
    <message>
        <source>An RNN&apos;s memory and the vanishing gradient through time</source>
        <translation>RNN 的记忆与随时间的梯度消失</translation>
    </message>
    <message>
        <source>Repeating the bit from 2 steps back is easy; from 12 steps back much harder.</source>
        <translation>重复 2 步之前的比特很容易；重复 12 步之前的比特则难得多。</translation>
    </message>
    <message>
        <source>What to watch: open Through time. The gradient ‖∂L/∂h_t‖ is largest at the last step and fades quickly going back in time. Press Play: the echo of the bit 2 steps back is learned within 300 updates.</source>
        <translation>观察什么：打开“随时间展开”。梯度 ‖∂L/∂h_t‖ 在最后一步最大，沿时间往回迅速减弱。单击“运行”：不到 300 次更新，网络就学会了回声任务，即重复 2 步之前的比特。</translation>
    </message>
    <message>
        <source>What to change: set the echo delay to 12 and play 300 updates: the accuracy stays lower, because the answer lies 12 steps back, where little gradient arrives.</source>
        <translation>改变什么：把回声延迟设为 12，运行 300 次更新：准确率仍然较低，因为答案在 12 步之前，那里只能收到很少的梯度。</translation>
    </message>
    <message>
        <source>Why: going back one step multiplies the gradient by W_hh and by the tanh slope; when those shrink it, the factors compound, so the gradient from far-back steps vanishes and the network learns to remember them only slowly.</source>
        <translation>原因：每往回一步，梯度都要乘以 W_hh 和 tanh 的斜率；如果这些因子使梯度缩小，它们就会不断累乘，于是来自很久以前的时间步的梯度消失，网络只能很慢地学会记住它们。</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>Save as Scenario</source>
        <translation>另存为场景</translation>
    </message>
    <message>
        <source>Scenario title</source>
        <translation>场景标题</translation>
    </message>
    <message>
        <source>Shown above the text, and in lists</source>
        <translation>显示在正文上方以及列表中</translation>
    </message>
    <message>
        <source>One-line summary</source>
        <translation>一句话摘要</translation>
    </message>
    <message>
        <source>One line saying what the scenario shows</source>
        <translation>用一行文字说明该场景展示了什么</translation>
    </message>
    <message>
        <source>Scenario text</source>
        <translation>场景正文</translation>
    </message>
    <message>
        <source>What to watch, what to change, why. A line holding only --- starts the next step.</source>
        <translation>观察什么、改变什么、原因是什么。只包含 --- 的一行表示开始下一个步骤。</translation>
    </message>
    <message>
        <source>What to watch…
---
What to change…
---
Why it happens…</source>
        <translation>观察什么…
---
改变什么…
---
原因是什么…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Problem with the scenario</source>
        <translation>场景有问题</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hide&lt;/b&gt;</source>
        <translation>&lt;b&gt;隐藏&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lock&lt;/b&gt;</source>
        <translation>&lt;b&gt;锁定&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hide {setting}</source>
        <translation>隐藏{setting}</translation>
    </message>
    <message>
        <source>Lock {setting}</source>
        <translation>锁定{setting}</translation>
    </message>
    <message>
        <source>Settings the class sees</source>
        <translation>学生能看到的设置</translation>
    </message>
    <message>
        <source>Give the scenario a title.</source>
        <translation>请为场景起一个标题。</translation>
    </message>
    <message>
        <source>Write the scenario&apos;s text: what to watch, what to change, and why.</source>
        <translation>请填写场景的文字：观察什么、改变什么，以及为什么。</translation>
    </message>
    <message>
        <source>At most {most} steps, please.</source>
        <translation>最多只能有 {most} 个步骤。</translation>
    </message>
    <message>
        <source>Each step holds at most {most:,} characters.</source>
        <translation>每个步骤最多 {most:,} 个字符。</translation>
    </message>
</context>
<context>
    <name>ScenarioMenu</name>
    <message>
        <source>&amp;Scenarios</source>
        <translation>场景(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>Scenario title</source>
        <translation>场景标题</translation>
    </message>
    <message>
        <source>Scenario text</source>
        <translation>场景正文</translation>
    </message>
    <message>
        <source>What to watch, what to change, and why it happens</source>
        <translation>观察什么、改变什么，以及原因是什么</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Previous step of the text</source>
        <translation>正文的上一个步骤</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Next step of the text</source>
        <translation>正文的下一个步骤</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Step number</source>
        <translation>步骤编号</translation>
    </message>
    <message>
        <source>Show hidden and locked settings</source>
        <translation>显示隐藏和锁定的设置</translation>
    </message>
    <message>
        <source>For the teacher: show and unlock every setting this scenario hides or locks</source>
        <translation>供教师使用：显示并解锁该场景隐藏或锁定的所有设置</translation>
    </message>
    <message>
        <source>No scenario open</source>
        <translation>没有打开的场景</translation>
    </message>
    <message>
        <source>Choose one from the Scenarios menu: each opens a ready network with a short text on what to watch, what to change, and why.</source>
        <translation>请从“场景”菜单中选择一个：每个场景都会打开一个现成的网络，并附有一段简短的说明：观察什么、改变什么，以及原因是什么。</translation>
    </message>
    <message>
        <source>Step {n} of {count}</source>
        <translation>第 {n} 步，共 {count} 步</translation>
    </message>
</context>
<context>
    <name>ScheduleControls</name>
    <message>
        <source>How the learning rate changes as training goes on</source>
        <translation>学习率随训练进行如何变化</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>调度方式</translation>
    </message>
    <message>
        <source>Schedule preview</source>
        <translation>调度预览</translation>
    </message>
    <message>
        <source>The learning rate of each update under this schedule, from 0 to the learning rate</source>
        <translation>在此调度下每次更新的学习率，纵轴从 0 到设定的学习率</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>SessionFiles</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>{name}[*] — Neural Playground</source>
        <translation>{name}[*] — Neural Playground</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation>无法打开会话</translation>
    </message>
    <message>
        <source>{path} was not opened; the current session is unchanged.

{reason}</source>
        <translation>未能打开 {path}；当前会话保持不变。

{reason}</translation>
    </message>
    <message>
        <source>Save session as</source>
        <translation>会话另存为</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>The session was not saved.

{reason}</source>
        <translation>会话没有保存。

{reason}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The current session has unsaved changes. Save them first?</source>
        <translation>当前会话有未保存的更改。要先保存吗？</translation>
    </message>
    <message>
        <source>Neural Playground sessions (*{extension});;All files (*)</source>
        <translation>Neural Playground 会话 (*{extension});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <source>Neural Playground did not close normally last time. Restore the session it saved automatically?</source>
        <translation>Neural Playground 上次没有正常关闭。要恢复自动保存的会话吗？</translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>The saved work could not be read.

{reason}</source>
        <translation>无法读取保存的工作。

{reason}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Keyboard shortcuts…</source>
        <translation>键盘快捷键…</translation>
    </message>
</context>
<context>
    <name>StepThroughView</name>
    <message>
        <source>Convolution layer</source>
        <translation>卷积层</translation>
    </message>
    <message>
        <source>The convolution layer whose kernel slides</source>
        <translation>卷积核正在滑动的卷积层</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>滤波器</translation>
    </message>
    <message>
        <source>Which filter (output map) of the layer</source>
        <translation>该层的哪个滤波器（输出特征图）</translation>
    </message>
    <message>
        <source>Input channel</source>
        <translation>输入通道</translation>
    </message>
    <message>
        <source>Which input channel&apos;s kernel is drawn</source>
        <translation>绘制哪个输入通道的卷积核</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Step the kernel</source>
        <translation>卷积核前进一步</translation>
    </message>
    <message>
        <source>Slide the kernel to the next position</source>
        <translation>把卷积核滑动到下一个位置</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play the kernel</source>
        <translation>播放卷积核滑动</translation>
    </message>
    <message>
        <source>Slide the kernel over the whole input, one position after another</source>
        <translation>让卷积核逐个位置地滑过整个输入</translation>
    </message>
    <message>
        <source>Output cell</source>
        <translation>输出格子</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>This network has no convolution layer: the step-through slides a kernel over an image (Problem: Images).</source>
        <translation>该网络没有卷积层：逐步演示是让卷积核在图像上滑动（问题类型：图像）。</translation>
    </message>
    <message>
        <source>Kernel step-through</source>
        <translation>卷积核逐步演示</translation>
    </message>
    <message>
        <source>The kernel at one position: the input window, the kernel, their products</source>
        <translation>卷积核在某一位置：输入窗口、卷积核及其逐元素乘积</translation>
    </message>
    <message>
        <source>Input (padded)</source>
        <translation>输入（已填充）</translation>
    </message>
    <message>
        <source>Output map</source>
        <translation>输出特征图</translation>
    </message>
    <message>
        <source>Input window</source>
        <translation>输入窗口</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>Window ⊙ kernel</source>
        <translation>窗口 ⊙ 卷积核</translation>
    </message>
    <message>
        <source>Waiting for the chosen image…</source>
        <translation>正在等待所选图像…</translation>
    </message>
    <message>
        <source> + {others} (the other {n} input channels)</source>
        <translation> + {others}（其余 {n} 个输入通道）</translation>
    </message>
    <message>
        <source>Position ({row}, {col}) of {layer}, filter {f}: Σ window ⊙ kernel = {this}{other_text} + b = {bias} → z = {z};  {activation}(z) = {a}  (the feature map&apos;s value there)</source>
        <translation>{layer} 的位置 ({row}, {col})，滤波器 {f}：Σ 窗口 ⊙ 卷积核 = {this}{other_text} + b = {bias} → z = {z}；  {activation}(z) = {a}  （特征图在该处的值）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>ThroughTimeView</name>
    <message>
        <source>Sequence</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Which training sequence the hidden-state picture follows</source>
        <translation>隐藏状态图所跟踪的训练序列</translation>
    </message>
    <message>
        <source>This network has no recurrent layer: choose a sequence data set (Problem: Sequences) to watch it through time.</source>
        <translation>该网络没有循环层：请选择序列数据集（问题类型：序列）来观察它随时间的变化。</translation>
    </message>
    <message>
        <source>Through time</source>
        <translation>随时间展开</translation>
    </message>
    <message>
        <source>Hidden state per time step, the gradient&apos;s size per time step, and W_hh&apos;s spectral radius over training</source>
        <translation>每个时间步的隐藏状态、每个时间步的梯度大小，以及训练过程中 W_hh 的谱半径</translation>
    </message>
    <message>
        <source>Hidden state h_t</source>
        <translation>隐藏状态 h_t</translation>
    </message>
    <message>
        <source>time step t</source>
        <translation>时间步 t</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>‖∂L/∂h_t‖ per step</source>
        <translation>每个时间步的 ‖∂L/∂h_t‖</translation>
    </message>
    <message>
        <source>norm</source>
        <translation>范数</translation>
    </message>
    <message>
        <source>ρ(W_hh) over training</source>
        <translation>训练过程中的 ρ(W_hh)</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新次数</translation>
    </message>
    <message>
        <source>radius</source>
        <translation>谱半径</translation>
    </message>
    <message>
        <source>Input, target ●, output ✕</source>
        <translation>输入、目标 ●、输出 ✕</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>{layer}: spectral radius {radius:.3f}; ‖∂L/∂h_1‖ / ‖∂L/∂h_T‖ = {ratio:.3g}</source>
        <translation>{layer}：谱半径 {radius:.3f}；‖∂L/∂h_1‖ / ‖∂L/∂h_T‖ = {ratio:.3g}</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Drag back to any earlier update to see the weights, views and numbers as they were; train on (or press Continue from here) to branch from there</source>
        <translation>拖回到任意更早的更新，查看当时的权重、视图和数值；从那里继续训练（或按“从这里继续”）即可创建分支</translation>
    </message>
    <message>
        <source>Continue from here</source>
        <translation>从这里继续</translation>
    </message>
    <message>
        <source>Train on from the update shown; the later history stays greyed on the loss plot (Undo brings it back)</source>
        <translation>从显示的更新继续训练；之后的历史在损失曲线上以灰色保留（“撤销”可以恢复它）</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Back to the latest update</source>
        <translation>回到最新的更新</translation>
    </message>
    <message>
        <source>Go back to the latest update, exactly as it was</source>
        <translation>回到最新的更新，完全恢复原样</translation>
    </message>
    <message>
        <source>update {step:,} of {latest:,}</source>
        <translation>第 {step:,} 次更新，共 {latest:,} 次</translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <source>Rebuilt the network: new weights, step 0.</source>
        <translation>已重新构建网络：新的权重，第 0 步。</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>已打开 {path}</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Full batch (gradient descent)</source>
        <translation>全批量（梯度下降）</translation>
    </message>
    <message>
        <source>One sample (SGD)</source>
        <translation>单个样本（随机梯度下降）</translation>
    </message>
    <message>
        <source>Mini-batch</source>
        <translation>小批量</translation>
    </message>
    <message>
        <source>What the training minimizes</source>
        <translation>训练所要最小化的目标</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>The output layer&apos;s activation (cross-entropy fixes it)</source>
        <translation>输出层的激活函数（交叉熵会固定它）</translation>
    </message>
    <message>
        <source>The rule that turns gradients into weight updates</source>
        <translation>把梯度转换为权重更新的规则</translation>
    </message>
    <message>
        <source>How many samples each update averages over</source>
        <translation>每次更新对多少个样本取平均</translation>
    </message>
    <message>
        <source>Samples per mini-batch</source>
        <translation>每个小批量的样本数</translation>
    </message>
    <message>
        <source>Learning rate η: the step size of each update</source>
        <translation>学习率 η：每次更新的步长</translation>
    </message>
    <message>
        <source>A penalty on large weights against overfitting</source>
        <translation>对较大权重的惩罚，用于防止过拟合</translation>
    </message>
    <message>
        <source>Regularization rate λ</source>
        <translation>正则化系数 λ</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Rescale the gradient when its norm exceeds this (0 = off)</source>
        <translation>梯度范数超过此值时按比例缩小梯度（0 = 关闭）</translation>
    </message>
    <message>
        <source>How every layer&apos;s weights are drawn at the start</source>
        <translation>开始时每一层权重的生成方式</translation>
    </message>
    <message>
        <source>Mixed: chosen per layer</source>
        <translation>混合：每层单独选择</translation>
    </message>
    <message>
        <source>Multiplies every initial weight: push it to 5 or 0.05 to see gradients explode or vanish</source>
        <translation>乘到每个初始权重上：调到 5 或 0.05 可以看到梯度爆炸或消失</translation>
    </message>
    <message>
        <source>Seed of the initial weights and the shuffling: same seed, same run</source>
        <translation>初始权重和数据打乱的随机种子：相同的种子，相同的运行结果</translation>
    </message>
    <message>
        <source>New</source>
        <translation>换一个</translation>
    </message>
    <message>
        <source>Pick a new random seed</source>
        <translation>随机选一个新的种子</translation>
    </message>
    <message>
        <source>float64 (exact)</source>
        <translation>float64（精确）</translation>
    </message>
    <message>
        <source>float32 (faster)</source>
        <translation>float32（更快）</translation>
    </message>
    <message>
        <source>Numeric precision of the engine</source>
        <translation>计算引擎的数值精度</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>New random seed</source>
        <translation>新的随机种子</translation>
    </message>
    <message>
        <source>Loss and output</source>
        <translation>损失与输出</translation>
    </message>
    <message>
        <source>What the training minimizes and the output layer&apos;s activation</source>
        <translation>训练所要最小化的目标，以及输出层的激活函数</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>Output activation</source>
        <translation>输出层激活函数</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>The update rule, its step size and its settings</source>
        <translation>更新规则、步长及其设置</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Gradient clipping</source>
        <translation>梯度裁剪</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>批量</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批量方式</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>正则化</translation>
    </message>
    <message>
        <source>A penalty on large weights</source>
        <translation>对较大权重的惩罚</translation>
    </message>
    <message>
        <source>Regularization rate</source>
        <translation>正则化系数</translation>
    </message>
    <message>
        <source>Initialization</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>How the weights are drawn at the start</source>
        <translation>开始时权重的生成方式</translation>
    </message>
    <message>
        <source>Init scale</source>
        <translation>初始化缩放</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>How the learning rate changes as training goes on</source>
        <translation>学习率随训练进行如何变化</translation>
    </message>
    <message>
        <source>Reproducibility</source>
        <translation>可复现性</translation>
    </message>
    <message>
        <source>Seed and numeric precision</source>
        <translation>随机种子和数值精度</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>{0} settings</source>
        <translation>{0}设置</translation>
    </message>
    <message>
        <source>Loss: {choice}</source>
        <translation>损失函数：{choice}</translation>
    </message>
    <message>
        <source>Output activation: {choice}</source>
        <translation>输出层激活函数：{choice}</translation>
    </message>
    <message>
        <source>Initialization: {choice}</source>
        <translation>初始化：{choice}</translation>
    </message>
    <message>
        <source>Precision: {choice}</source>
        <translation>精度：{choice}</translation>
    </message>
    <message>
        <source>Init scale {0}</source>
        <translation>初始化缩放 {0}</translation>
    </message>
    <message>
        <source>Seed {0}</source>
        <translation>随机种子 {0}</translation>
    </message>
    <message>
        <source>Differs per layer</source>
        <translation>各层不同</translation>
    </message>
</context>
<context>
    <name>TrainingToolBar</name>
    <message>
        <source>As fast as possible</source>
        <translation>尽可能快</translation>
    </message>
    <message>
        <source>1000 updates/s</source>
        <translation>每秒 1000 次更新</translation>
    </message>
    <message>
        <source>100 updates/s</source>
        <translation>每秒 100 次更新</translation>
    </message>
    <message>
        <source>10 updates/s</source>
        <translation>每秒 10 次更新</translation>
    </message>
    <message>
        <source>2 updates/s</source>
        <translation>每秒 2 次更新</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>New weights from the seed, step 0 (Ctrl+R)</source>
        <translation>由随机种子生成新的权重，回到第 0 步（Ctrl+R）</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Train continuously; Space pauses</source>
        <translation>连续训练；按空格键暂停</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>One update on one batch (Right arrow)</source>
        <translation>在一个批量上更新一次（右方向键）</translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation>训练一轮</translation>
    </message>
    <message>
        <source>One pass over the training set (Shift+Right)</source>
        <translation>遍历一次训练集（Shift+右方向键）</translation>
    </message>
    <message>
        <source>How fast Play trains</source>
        <translation>“运行”时的训练速度</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Updates made and passes over the training set</source>
        <translation>已完成的更新次数和遍历训练集的轮数</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Loss over the whole training and test sets (without the penalty)</source>
        <translation>整个训练集和测试集上的损失（不含惩罚项）</translation>
    </message>
    <message>
        <source>Current loss</source>
        <translation>当前损失</translation>
    </message>
    <message>
        <source>Current accuracy</source>
        <translation>当前准确率</translation>
    </message>
    <message>
        <source>Accuracy on the whole training and test sets</source>
        <translation>整个训练集和测试集上的准确率</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>  Update {step}   Epoch {epoch}  </source>
        <translation>  更新 {step}   轮次 {epoch}  </translation>
    </message>
    <message>
        <source>  Loss: train {train}  test {test}</source>
        <translation>  损失：训练 {train}  测试 {test}</translation>
    </message>
    <message>
        <source>   Accuracy: train {train}  test {test}</source>
        <translation>   准确率：训练 {train}  测试 {test}</translation>
    </message>
</context>
<context>
    <name>UnrolledView</name>
    <message>
        <source>Unrolled through time</source>
        <translation>随时间展开</translation>
    </message>
    <message>
        <source>Folded (one step and a loop)</source>
        <translation>折叠（一个时间步加一个循环）</translation>
    </message>
    <message>
        <source>Unrolled: one copy of the network per time step; folded: one step with a loop</source>
        <translation>展开：每个时间步一份网络副本；折叠：一个时间步加一个循环</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>绘制方式</translation>
    </message>
    <message>
        <source>Hover or click a matrix: all its copies light up</source>
        <translation>悬停或单击一个矩阵：它的所有副本都会亮起</translation>
    </message>
    <message>
        <source>Matrix description</source>
        <translation>矩阵说明</translation>
    </message>
    <message>
        <source>This network has no recurrent layer: choose a sequence data set (Problem: Sequences) to see it unrolled through time.</source>
        <translation>该网络没有循环层：请选择序列数据集（问题类型：序列）来查看它随时间展开。</translation>
    </message>
    <message>
        <source>Unrolled network</source>
        <translation>展开的网络</translation>
    </message>
    <message>
        <source>The recurrent network across time steps: the same matrices at every step</source>
        <translation>循环神经网络在各时间步上的展开：每一步都使用相同的矩阵</translation>
    </message>
    <message>
        <source>W_xh (input → hidden)</source>
        <translation>W_xh（输入 → 隐藏）</translation>
    </message>
    <message>
        <source>W_hh (hidden → next hidden)</source>
        <translation>W_hh（隐藏 → 下一隐藏）</translation>
    </message>
    <message>
        <source>{name}: one {rows}×{cols} matrix, drawn {n} times: the same weights at every time step</source>
        <translation>{name}：一个 {rows}×{cols} 矩阵，绘制了 {n} 次：每个时间步的权重都相同</translation>
    </message>
</context>
<context>
    <name>ViewBox</name>
    <message>
        <source>ViewBox options</source>
        <translation>视图选项</translation>
    </message>
    <message>
        <source>View All</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>axis</source>
        <translation>轴</translation>
    </message>
    <message>
        <source>Mouse Mode</source>
        <translation>鼠标模式</translation>
    </message>
    <message>
        <source>3 button</source>
        <translation>三键</translation>
    </message>
    <message>
        <source>1 button</source>
        <translation>单键</translation>
    </message>
</context>
<context>
    <name>ViewExport</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>diagram</source>
        <translation>网络结构图</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失曲线</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出图</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>histograms</source>
        <translation>直方图</translation>
    </message>
    <message>
        <source>Export {name}</source>
        <translation>导出{name}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write {path}.</source>
        <translation>无法写入 {path}。</translation>
    </message>
    <message>
        <source>Export {name} as {format}…</source>
        <translation>将{name}导出为 {format}…</translation>
    </message>
</context>
<context>
    <name>WeightHeatmaps</name>
    <message>
        <source>Weights W</source>
        <translation>权重 W</translation>
    </message>
    <message>
        <source>Last update ΔW</source>
        <translation>上次更新 ΔW</translation>
    </message>
    <message>
        <source>Change since start W − W₀</source>
        <translation>自开始以来的变化 W − W₀</translation>
    </message>
    <message>
        <source>Each matrix</source>
        <translation>每个矩阵</translation>
    </message>
    <message>
        <source>Whole network</source>
        <translation>整个网络</translation>
    </message>
    <message>
        <source>What the pictures show: the weights, the change made by the last update, or the change since the weights were initialized</source>
        <translation>图中显示的内容：权重、上一次更新带来的变化，或自权重初始化以来的变化</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Colour range: symmetric around 0, scaled to each matrix&apos;s largest |value| or to the whole network&apos;s</source>
        <translation>颜色范围：以 0 为中心对称，按每个矩阵或整个网络的最大 |值| 缩放</translation>
    </message>
    <message>
        <source>Colour range</source>
        <translation>颜色范围</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>数值</translation>
    </message>
    <message numerus="yes">
        <source>Write each value in its cell (matrices up to %n cells)</source>
        <translation>
            <numerusform>在每个格子中写出数值（最多 %n 个格子的矩阵）</numerusform>
        </translation>
    </message>
    <message>
        <source>Hover a cell to read its weight, click it to inspect its math</source>
        <translation>鼠标悬停在格子上可查看其权重，单击可查看其数学计算</translation>
    </message>
    <message>
        <source>Weight matrices</source>
        <translation>权重矩阵</translation>
    </message>
    <message>
        <source>Every weight matrix of the network; scroll to see them all</source>
        <translation>网络的所有权重矩阵；滚动可查看全部</translation>
    </message>
</context>
<context>
    <name>WeightHistogramView</name>
    <message>
        <source>Weight histograms</source>
        <translation>权重直方图</translation>
    </message>
    <message>
        <source>Distribution of each layer&apos;s weights: grey at initialization, blue now</source>
        <translation>每一层权重的分布：灰色为初始化时，蓝色为当前</translation>
    </message>
</context>
<context>
    <name>WeightMatrices</name>
    <message>
        <source>{layer} kernels ({channels}·{kh}·{kw}×{filters})</source>
        <translation>{layer} 卷积核（{channels}·{kh}·{kw}×{filters}）</translation>
    </message>
</context>
</TS>
