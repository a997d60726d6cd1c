<?php
// Fixture of tests/webman2/run.sh: '@' holds middleware for every app and plugin.

return [
    '@' => [app\middleware\GlobalHeader::class],
];
