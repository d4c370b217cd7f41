'use strict';
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_PORT = 3000;

/** https options for the dev server from office-addin-dev-certs, as Office requires https. */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env, argv) => {
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const production = argv.mode === 'production';
  return {
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      web: './src/web/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: 'tsconfig.json', compilerOptions: { module: 'esnext', moduleResolution: 'bundler' } } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'web/index.html', template: './src/web/index.html', chunks: ['web'], publicPath: '../' }),
      new HtmlWebpackPlugin({ filename: 'help.html', template: './src/help/help.html', chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          { from: 'assets/examples', to: 'assets/examples' },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: serving
      ? {
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await httpsOptions() },
          port: DEV_PORT,
          static: { directory: path.resolve(__dirname, 'dist') },
        }
      : undefined,
  };
};
