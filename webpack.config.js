'use strict';
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/** The add-in's dev server: https, as Office requires, on the port manifest.xml names. */
const ADDIN_PORT = 3000;
/** The web page's dev server (`npm run start:web`): plain http, no certificates needed. */
const WEB_PORT = 3001;
const DIST = path.resolve(__dirname, 'dist');

/** Modules too heavy for the task pane's first load: spreadsheet file code and the file host. */
const HEAVY = /[\\/]node_modules[\\/](xlsx|exceljs)[\\/]|[\\/]src[\\/]hosts[\\/]file[\\/]/;

/** https options for the dev server from office-addin-dev-certs, as Office requires https. */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

/**
 * Fails the build when an entry's first load would carry xlsx, ExcelJS or the file host: the task
 * pane never needs them, the web page loads them with the first file (worker or lazy chunk).
 */
class InitialLoadGuard {
  apply(compiler) {
    compiler.hooks.afterCompile.tap('InitialLoadGuard', (compilation) => {
      for (const [name, entrypoint] of compilation.entrypoints) {
        for (const chunk of entrypoint.chunks) {
          for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
            // a concatenated module holds several source files: each is checked
            for (const source of module.modules ? [...module.modules] : [module]) {
              const resource = source.resource || '';
              if (!HEAVY.test(resource)) continue;
              const { WebpackError } = compiler.webpack;
              compilation.errors.push(
                new WebpackError(`${name}'s first load must not include ${path.relative(__dirname, resource)}`),
              );
            }
          }
        }
      }
    });
  }
}

module.exports = async (env, argv) => {
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const servingWeb = serving && Boolean(env.web);
  const production = argv.mode === 'production';
  return {
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      web: './src/web/index.tsx',
    },
    output: {
      path: DIST,
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // TypeScript (nodenext) names modules by their output: `import("./engine.js")` for lazy
      // chunks, `./spawnWorker.mjs` for the one .mts module (src/web/spawnWorker.mts)
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'], '.mjs': ['.mts', '.mjs'] },
    },
    module: {
      rules: [
        {
          test: /\.(ts|tsx|mts)$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: 'tsconfig.json',
              compilerOptions: { module: 'esnext', moduleResolution: 'bundler' },
            },
          },
        },
        // the example workbook travels inside its lazily loaded chunk (src/web/example.ts)
        { test: /\.xlsx$/, type: 'asset/inline' },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'web/index.html', template: './src/web/index.html', chunks: ['web'], publicPath: '../' }),
      new HtmlWebpackPlugin({ filename: 'help.html', template: './src/help/help.html', chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
      new InitialLoadGuard(),
    ],
    optimization: {
      splitChunks: {
        cacheGroups: {
          // one chunk of spreadsheet code, loaded by the worker or, on a page opened from disk, by the page
          spreadsheet: { test: /[\\/]node_modules[\\/](xlsx|exceljs)[\\/]/, name: 'spreadsheet', chunks: 'async', enforce: true },
        },
      },
    },
    performance: { hints: false },
    devServer: servingWeb
      ? {
          server: 'http',
          port: WEB_PORT,
          hot: false,
          client: { overlay: false },
          static: false,
          setupMiddlewares: (middlewares) => [
            { name: 'web-page', path: '/', middleware: (req, res, next) => (req.url === '/' ? res.redirect('/web/index.html') : next()) },
            ...middlewares,
          ],
        }
      : serving
        ? {
            headers: { 'Access-Control-Allow-Origin': '*' },
            server: { type: 'https', options: await httpsOptions() },
            port: ADDIN_PORT,
            static: { directory: DIST },
          }
        : undefined,
  };
};
