/**
 * The pasted-model corpus, part 1 (model/corpus.ts): vision models as their
 * repositories write them — torchvision AlexNet, VGG, ResNet, DenseNet, the
 * DCGAN tutorial, CycleGAN/pix2pix, U-Net — with facts read off the source by hand.
 */
import type { ModelCase } from './corpus';

export const VISION_MODELS: readonly ModelCase[] = [
  {
    name: 'torchvision AlexNet features',
    src: `self.features = nn.Sequential(
            nn.Conv2d(3, 64, kernel_size=11, stride=4, padding=2),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(kernel_size=3, stride=2),
            nn.Conv2d(64, 192, kernel_size=5, padding=2),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(kernel_size=3, stride=2),
            nn.Conv2d(192, 384, kernel_size=3, padding=1),
            nn.ReLU(inplace=True),
            nn.Conv2d(384, 256, kernel_size=3, padding=1),
            nn.ReLU(inplace=True),
            nn.Conv2d(256, 256, kernel_size=3, padding=1),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(kernel_size=3, stride=2),
        )`,
    // 384 filters are shown as 256: the network view's limit (design.md `net`).
    layers: ['conv_k11_s4_p2_f64', 'maxpool_k3_s2_p0', 'conv_k5_s1_p2_f192', 'maxpool_k3_s2', 'conv_k3_p1_f256', 'conv_k3_p1_f256', 'conv_k3_p1_f256', 'maxpool_k3_s2'],
    passthrough: ['ReLU', 'ReLU', 'ReLU', 'ReLU', 'ReLU'],
    input: { channels: 3 },
    style: 'PyTorch nn.Sequential',
  },
  {
    name: 'torchvision AlexNet, features and classifier',
    src: `class AlexNet(nn.Module):
    def __init__(self, num_classes: int = 1000, dropout: float = 0.5) -> None:
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 64, kernel_size=11, stride=4, padding=2),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(kernel_size=3, stride=2),
        )
        self.avgpool = nn.AdaptiveAvgPool2d((6, 6))
        self.classifier = nn.Sequential(
            nn.Dropout(p=dropout),
            nn.Linear(256 * 6 * 6, 4096),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.features(x)
        x = self.avgpool(x)
        return self.classifier(x)`,
    layers: ['conv_k11_s4_p2_f64', 'maxpool_k3_s2'],
    passthrough: ['ReLU'],
    end: 'AdaptiveAvgPool2d',
  },
  {
    name: 'VGG16 block with batch norm (torchvision make_layers, written out)',
    src: `nn.Sequential(
    nn.Conv2d(3, 64, kernel_size=3, padding=1), nn.BatchNorm2d(64), nn.ReLU(inplace=True),
    nn.Conv2d(64, 64, kernel_size=3, padding=1), nn.BatchNorm2d(64), nn.ReLU(inplace=True),
    nn.MaxPool2d(kernel_size=2, stride=2),
)`,
    layers: ['conv_k3_s1_p1_f64', 'conv_k3_p1_f64', 'maxpool_k2_s2_p0'],
    passthrough: ['BatchNorm2d', 'ReLU', 'BatchNorm2d', 'ReLU'],
  },
  {
    name: 'Keras VGG16 blocks 1-2 (functional)',
    src: `# Block 1
x = layers.Conv2D(64, (3, 3), activation='relu', padding='same', name='block1_conv1')(img_input)
x = layers.Conv2D(64, (3, 3), activation='relu', padding='same', name='block1_conv2')(x)
x = layers.MaxPooling2D((2, 2), strides=(2, 2), name='block1_pool')(x)

# Block 2
x = layers.Conv2D(128, (3, 3), activation='relu', padding='same', name='block2_conv1')(x)
x = layers.Conv2D(128, (3, 3), activation='relu', padding='same', name='block2_conv2')(x)
x = layers.MaxPooling2D((2, 2), strides=(2, 2), name='block2_pool')(x)`,
    layers: ['conv_k3_psame_f64', 'conv_k3_psame_f64', 'maxpool_k2_s2_p0', 'conv_k3_psame_f128', 'conv_k3_psame_f128', 'maxpool_k2_s2'],
    style: 'Keras functional calls',
  },
  {
    name: 'torchvision ResNet stem (__init__)',
    src: `class ResNet(nn.Module):
    def __init__(self, block, layers, num_classes=1000, zero_init_residual=False):
        super(ResNet, self).__init__()
        self.inplanes = 64
        self.conv1 = nn.Conv2d(3, 64, kernel_size=7, stride=2, padding=3,
                               bias=False)
        self.bn1 = nn.BatchNorm2d(64)
        self.relu = nn.ReLU(inplace=True)
        self.maxpool = nn.MaxPool2d(kernel_size=3, stride=2, padding=1)
        self.layer1 = self._make_layer(block, 64, layers[0])
        self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(512 * block.expansion, num_classes)

    def forward(self, x):
        x = self.conv1(x)
        x = self.bn1(x)
        return x`,
    layers: ['conv_k7_s2_p3_f64', 'maxpool_k3_s2_p1'],
    passthrough: ['BatchNorm2d', 'ReLU'],
    end: 'AdaptiveAvgPool2d',
    input: { channels: 3 },
    style: 'PyTorch nn.Module',
  },
  {
    name: 'torchvision BasicBlock convs',
    src: `        self.conv1 = nn.Conv2d(inplanes, planes, kernel_size=3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.relu = nn.ReLU(inplace=True)
        self.conv2 = nn.Conv2d(planes, planes, kernel_size=3, stride=1, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)`,
    layers: ['conv_k3_p1', 'conv_k3_s1_p1'],
    passthrough: ['BatchNorm2d', 'ReLU', 'BatchNorm2d'],
  },
  {
    name: 'torchvision DenseNet features (OrderedDict)',
    src: `        self.features = nn.Sequential(OrderedDict([
            ('conv0', nn.Conv2d(3, num_init_features, kernel_size=7, stride=2,
                                padding=3, bias=False)),
            ('norm0', nn.BatchNorm2d(num_init_features)),
            ('relu0', nn.ReLU(inplace=True)),
            ('pool0', nn.MaxPool2d(kernel_size=3, stride=2, padding=1)),
        ]))`,
    layers: ['conv_k7_s2_p3', 'maxpool_k3_s2_p1'],
    passthrough: ['BatchNorm2d', 'ReLU'],
    input: { channels: 3 },
  },
  {
    name: 'torchvision DenseNet transition (add_module)',
    src: `self.add_module('norm', nn.BatchNorm2d(num_input_features))
self.add_module('relu', nn.ReLU(inplace=True))
self.add_module('conv', nn.Conv2d(num_input_features, num_output_features,
                                  kernel_size=1, stride=1, bias=False))
self.add_module('pool', nn.AvgPool2d(kernel_size=2, stride=2))`,
    layers: ['conv_k1_s1_p0', 'avgpool_k2_s2_p0'],
    passthrough: ['BatchNorm2d', 'ReLU'],
  },
  {
    name: 'DCGAN generator (PyTorch tutorial)',
    src: `        self.main = nn.Sequential(
            # input is Z, going into a convolution
            nn.ConvTranspose2d( nz, ngf * 8, 4, 1, 0, bias=False),
            nn.BatchNorm2d(ngf * 8),
            nn.ReLU(True),
            # state size. \`\`(ngf*8) x 4 x 4\`\`
            nn.ConvTranspose2d(ngf * 8, ngf * 4, 4, 2, 1, bias=False),
            nn.BatchNorm2d(ngf * 4),
            nn.ReLU(True),
            # state size. \`\`(ngf*4) x 8 x 8\`\`
            nn.ConvTranspose2d( ngf * 4, ngf * 2, 4, 2, 1, bias=False),
            nn.BatchNorm2d(ngf * 2),
            nn.ReLU(True),
            nn.ConvTranspose2d( ngf * 2, ngf, 4, 2, 1, bias=False),
            nn.BatchNorm2d(ngf),
            nn.ReLU(True),
            nn.ConvTranspose2d( ngf, nc, 4, 2, 1, bias=False),
            nn.Tanh()
            # state size. \`\`(nc) x 64 x 64\`\`
        )`,
    layers: ['convt_k4_s1_p0', 'convt_k4_s2_p1', 'convt_k4_s2_p1', 'convt_k4_s2_p1', 'convt_k4_s2_p1'],
    passthrough: ['BatchNorm2d', 'ReLU', 'BatchNorm2d', 'ReLU', 'BatchNorm2d', 'ReLU', 'BatchNorm2d', 'ReLU', 'Tanh'],
  },
  {
    name: 'DCGAN discriminator (PyTorch tutorial)',
    src: `self.main = nn.Sequential(
    # input is \`\`(nc) x 64 x 64\`\`
    nn.Conv2d(nc, ndf, 4, 2, 1, bias=False),
    nn.LeakyReLU(0.2, inplace=True),
    nn.Conv2d(ndf, ndf * 2, 4, 2, 1, bias=False),
    nn.BatchNorm2d(ndf * 2),
    nn.LeakyReLU(0.2, inplace=True),
    nn.Conv2d(ndf * 2, ndf * 4, 4, 2, 1, bias=False),
    nn.BatchNorm2d(ndf * 4),
    nn.LeakyReLU(0.2, inplace=True),
    nn.Conv2d(ndf * 4, ndf * 8, 4, 2, 1, bias=False),
    nn.BatchNorm2d(ndf * 8),
    nn.LeakyReLU(0.2, inplace=True),
    nn.Conv2d(ndf * 8, 1, 4, 1, 0, bias=False),
    nn.Sigmoid()
)`,
    layers: ['conv_k4_s2_p1', 'conv_k4_s2_p1', 'conv_k4_s2_p1', 'conv_k4_s2_p1', 'conv_k4_s1_p0_f1'],
    passthrough: ['LeakyReLU', 'BatchNorm2d', 'LeakyReLU', 'BatchNorm2d', 'LeakyReLU', 'BatchNorm2d', 'LeakyReLU', 'Sigmoid'],
  },
  {
    name: 'Keras DCGAN generator (the Dense head before the first conv is skipped, Reshape gives the input)',
    src: `generator = keras.Sequential(
    [
        keras.Input(shape=(latent_dim,)),
        layers.Dense(8 * 8 * 128),
        layers.Reshape((8, 8, 128)),
        layers.Conv2DTranspose(128, kernel_size=4, strides=2, padding="same"),
        layers.LeakyReLU(negative_slope=0.2),
    ],
    name="generator",
)`,
    layers: ['convt_k4_s2_psame_f128'],
    passthrough: ['LeakyReLU'],
    input: { channels: 128, size: { h: 8, w: 8 } },
  },
  {
    name: 'Keras DCGAN discriminator',
    src: `discriminator = keras.Sequential(
    [
        keras.Input(shape=(64, 64, 3)),
        layers.Conv2D(64, kernel_size=4, strides=2, padding="same"),
        layers.LeakyReLU(negative_slope=0.2),
        layers.Conv2D(128, kernel_size=4, strides=2, padding="same"),
        layers.LeakyReLU(negative_slope=0.2),
        layers.Conv2D(128, kernel_size=4, strides=2, padding="same"),
        layers.LeakyReLU(negative_slope=0.2),
        layers.Flatten(),
        layers.Dropout(0.2),
        layers.Dense(1, activation="sigmoid"),
    ],
    name="discriminator",
)`,
    layers: ['conv_k4_s2_psame_f64', 'conv_k4_s2_psame_f128', 'conv_k4_s2_psame_f128'],
    passthrough: ['LeakyReLU', 'LeakyReLU', 'LeakyReLU'],
    end: 'Flatten',
    input: { channels: 3, size: { h: 64, w: 64 } },
    style: 'Keras Sequential',
  },
  {
    name: 'CycleGAN ResnetGenerator head (layer list)',
    src: `        model = [nn.ReflectionPad2d(3),
                 nn.Conv2d(input_nc, ngf, kernel_size=7, padding=0, bias=use_bias),
                 norm_layer(ngf),
                 nn.ReLU(True)]`,
    layers: ['conv_k7_s1_p3_mreflect'],
    passthrough: ['norm_layer', 'ReLU'],
    style: 'layer list',
  },
  {
    name: 'CycleGAN downsampling, unrolled',
    src: `model += [nn.Conv2d(ngf, ngf * 2, kernel_size=3, stride=2, padding=1, bias=use_bias),
          norm_layer(ngf * 2),
          nn.ReLU(True)]
model += [nn.Conv2d(ngf * 2, ngf * 4, kernel_size=3, stride=2, padding=1, bias=use_bias),
          norm_layer(ngf * 4),
          nn.ReLU(True)]`,
    layers: ['conv_k3_s2_p1_mzeros', 'conv_k3_s2_p1'],
    passthrough: ['norm_layer', 'ReLU', 'norm_layer', 'ReLU'],
  },
  {
    name: 'CycleGAN ResnetBlock conv_block',
    src: `conv_block = []
conv_block += [nn.ReflectionPad2d(1)]
conv_block += [nn.Conv2d(dim, dim, kernel_size=3, padding=0, bias=use_bias), norm_layer(dim), nn.ReLU(True)]
if use_dropout:
    conv_block += [nn.Dropout(0.5)]
conv_block += [nn.ReflectionPad2d(1)]
conv_block += [nn.Conv2d(dim, dim, kernel_size=3, padding=0, bias=use_bias), norm_layer(dim)]

return nn.Sequential(*conv_block)`,
    layers: ['conv_k3_p1_mreflect', 'conv_k3_p1_mreflect'],
    passthrough: ['norm_layer', 'ReLU', 'norm_layer'],
  },
  {
    name: 'CycleGAN upsampling and output, unrolled',
    src: `model += [nn.ConvTranspose2d(ngf * 4, ngf * 2,
                             kernel_size=3, stride=2,
                             padding=1, output_padding=1,
                             bias=use_bias),
          norm_layer(ngf * 2),
          nn.ReLU(True)]
model += [nn.ReflectionPad2d(3)]
model += [nn.Conv2d(ngf, output_nc, kernel_size=7, padding=0)]
model += [nn.Tanh()]`,
    layers: ['convt_k3_s2_p1_o1', 'conv_k7_p3_mreflect'],
    passthrough: ['norm_layer', 'ReLU', 'Tanh'],
  },
  {
    name: 'pix2pix PatchGAN discriminator, unrolled (kernel a variable)',
    src: `kw = 4
padw = 1
sequence = [nn.Conv2d(input_nc, ndf, kernel_size=kw, stride=2, padding=padw), nn.LeakyReLU(0.2, True)]
sequence += [
    nn.Conv2d(ndf, ndf * 2, kernel_size=kw, stride=2, padding=padw, bias=use_bias),
    norm_layer(ndf * 2),
    nn.LeakyReLU(0.2, True)
]
sequence += [nn.Conv2d(ndf * 2, 1, kernel_size=kw, stride=1, padding=padw)]  # output 1 channel prediction map
self.model = nn.Sequential(*sequence)`,
    layers: ['conv_s2', 'conv_s2', 'conv_s1_f1'],
    passthrough: ['LeakyReLU', 'norm_layer', 'LeakyReLU'],
  },
  {
    name: 'U-Net DoubleConv (milesial Pytorch-UNet)',
    src: `        self.double_conv = nn.Sequential(
            nn.Conv2d(in_channels, mid_channels, kernel_size=3, padding=1, bias=False),
            nn.BatchNorm2d(mid_channels),
            nn.ReLU(inplace=True),
            nn.Conv2d(mid_channels, out_channels, kernel_size=3, padding=1, bias=False),
            nn.BatchNorm2d(out_channels),
            nn.ReLU(inplace=True)
        )`,
    layers: ['conv_k3_s1_p1', 'conv_k3_s1_p1'],
    passthrough: ['BatchNorm2d', 'ReLU', 'BatchNorm2d', 'ReLU'],
  },
  {
    name: 'U-Net Down (maxpool then a block)',
    src: `self.maxpool_conv = nn.Sequential(
    nn.MaxPool2d(2),
    DoubleConv(in_channels, out_channels)
)`,
    layers: ['maxpool_k2_s2_p0'],
    passthrough: ['DoubleConv'],
  },
  {
    name: 'U-Net Up (transposed convolution)',
    src: `class Up(nn.Module):
    """Upscaling then double conv"""

    def __init__(self, in_channels, out_channels):
        super().__init__()
        self.up = nn.ConvTranspose2d(in_channels, in_channels // 2, kernel_size=2, stride=2)
        self.conv = DoubleConv(in_channels, out_channels)`,
    layers: ['convt_k2_s2_p0'],
  },
  {
    name: 'U-Net (Keras, zhixuhao) contracting path',
    src: `inputs = Input(input_size)
conv1 = Conv2D(64, 3, activation = 'relu', padding = 'same', kernel_initializer = 'he_normal')(inputs)
conv1 = Conv2D(64, 3, activation = 'relu', padding = 'same', kernel_initializer = 'he_normal')(conv1)
pool1 = MaxPooling2D(pool_size=(2, 2))(conv1)
conv2 = Conv2D(128, 3, activation = 'relu', padding = 'same', kernel_initializer = 'he_normal')(pool1)
conv2 = Conv2D(128, 3, activation = 'relu', padding = 'same', kernel_initializer = 'he_normal')(conv2)
pool2 = MaxPooling2D(pool_size=(2, 2))(conv2)`,
    layers: ['conv_k3_psame_f64', 'conv_k3_psame_f64', 'maxpool_k2_s2_p0', 'conv_k3_psame_f128', 'conv_k3_psame_f128', 'maxpool_k2_s2'],
  },
];
