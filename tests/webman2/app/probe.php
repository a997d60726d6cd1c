<?php
// Fixture of tests/webman2/run.sh, run before the app starts: which workerman/workerman Composer
// installed and where Workerman\Worker comes from. It sits beside vendor/, as start.php does,
// so the extension's `auto` profile finds the same vendor/composer/installed.php.
require __DIR__ . '/vendor/autoload.php';

$class = new ReflectionClass(Workerman\Worker::class);
echo Composer\InstalledVersions::getPrettyVersion('workerman/workerman'), ' ',
    $class->isInternal() ? 'native' : 'php', ' ', Workerman\Worker::VERSION, "\n";
