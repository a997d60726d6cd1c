#!/usr/bin/env bash
# Regenerates php-src-stubs/*_arginfo.h from the *.stub.php files with php-dev's gen_stub.php.
# gen_stub.php wants nikic/php-parser 4.15.1 beside it; we install that with Composer into a
# cache folder (never into the repo) instead of letting gen_stub download it.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(php-config --extension-dir >/dev/null 2>&1; dirname "$(command -v phpize)")/../lib/php/$(php -r 'echo PHP_EXTENSION_DIR;' | xargs basename)/build
[ -f "$build/gen_stub.php" ] || build=$(ls -d /usr/lib/php/*/build | head -1)
cache=${GEN_STUB_CACHE:-$HOME/.cache/workerman-gen-stub}
mkdir -p "$cache"
if [ ! -d "$cache/PHP-Parser-4.15.1/lib" ]; then
  (cd "$cache" && composer require -q --no-interaction nikic/php-parser:4.15.1 >/dev/null)
  ln -sfn "$cache/vendor/nikic/php-parser" "$cache/PHP-Parser-4.15.1"
fi
cp "$build/gen_stub.php" "$cache/gen_stub.php"
php "$cache/gen_stub.php" -f "$here/php-src-stubs"
