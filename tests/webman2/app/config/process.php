<?php
// Fixture of tests/webman2/run.sh, replacing the skeleton's: the HTTP process on the port the
// script picked (loopback only), two workers; a coroutine process on a second port with the
// Fiber event loop (every request in a coroutine: /pool's waits overlap); the skeleton's file
// monitor stays (it is a process without a listener, reloadable = false), its file watching off.

use support\Log;
use support\Request;
use app\process\Http;
use Workerman\Events\Fiber;

return [
    'webman' => [
        'handler' => Http::class,
        'listen' => 'http://127.0.0.1:' . (int)trim((string)@file_get_contents(__DIR__ . '/../runtime/port')),
        'count' => 2,
        'user' => '',
        'group' => '',
        'reusePort' => false,
        'eventLoop' => '',
        'context' => [],
        'constructor' => [
            'requestClass' => Request::class,
            'logger' => Log::channel('default'),
            'appPath' => app_path(),
            'publicPath' => public_path()
        ]
    ],
    'coroutine' => [
        'handler' => Http::class,
        'listen' => 'http://127.0.0.1:' . (int)trim((string)@file_get_contents(__DIR__ . '/../runtime/port_co')),
        'count' => 1,
        'user' => '',
        'group' => '',
        'reusePort' => false,
        'eventLoop' => Fiber::class,
        'context' => [],
        'constructor' => [
            'requestClass' => Request::class,
            'logger' => Log::channel('default'),
            'appPath' => app_path(),
            'publicPath' => public_path()
        ]
    ],
    'monitor' => [
        'handler' => app\process\Monitor::class,
        'reloadable' => false,
        'constructor' => [
            'monitorDir' => [app_path(), config_path()],
            'monitorExtensions' => ['php'],
            'options' => [
                'enable_file_monitor' => false,
                'enable_memory_monitor' => true,
            ]
        ]
    ]
];
