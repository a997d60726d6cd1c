<?php
// Fixture of tests/webman2/run.sh: the actions its checks request. Each answer is built so the
// script can compare bytes: fixed strings, or JSON with sorted, predictable members.

namespace app\controller;

use app\service\SleepPool;
use support\Context;
use support\Request;
use Workerman\Worker;

class CheckController
{
    public function hello(Request $request, string $name)
    {
        // A plain string: webman wraps it in a 200 text/html response.
        return "hello $name";
    }

    public function json(Request $request)
    {
        return json([
            'path' => $request->path(),
            'q' => $request->get('q'),
            'method' => $request->method(),
        ])->cookie('fixture', 'a b', 60, '/');
    }

    public function sessionSet(Request $request)
    {
        $request->session()->set('value', $request->get('v', ''));
        return 'stored';
    }

    public function sessionGet(Request $request)
    {
        return 'value=' . session('value', '(none)');
    }

    public function form(Request $request)
    {
        $post = $request->post();
        ksort($post);
        return json(['post' => $post, 'type' => $request->header('content-type')]);
    }

    public function upload(Request $request)
    {
        $file = $request->file('doc');
        if (!$file) {
            return json(['error' => 'no file', 'files' => array_keys($request->file() ?: [])]);
        }
        $path = $file->getPathname();
        return json([
            'title' => $request->post('title'),
            'name' => $file->getUploadName(),
            'mime' => $file->getUploadMimeType(),
            'size' => $file->getSize(),
            'md5' => md5_file($path),
            'valid' => $file->isValid(),
            'tmp' => $path,
        ]);
    }

    public function exists(Request $request)
    {
        // The stat cache would repeat this process's last answer for the same path.
        clearstatcache();
        return is_file((string)$request->get('path')) ? 'yes' : 'no';
    }

    public function pid(Request $request)
    {
        return (string)posix_getpid();
    }

    public function loaded(Request $request)
    {
        // Every Workerman PHP file this process holds, the master's included (fork keeps them).
        $workerman = array_values(array_filter(get_included_files(),
            fn($f) => str_contains($f, '/vendor/workerman/workerman/')));
        $class = new \ReflectionClass(Worker::class);
        return json([
            'worker' => $class->isInternal() ? 'native' : 'php',
            'version' => Worker::VERSION,
            'workerman_files' => count($workerman),
        ]);
    }

    public function routed(Request $request)
    {
        return 'routed';
    }

    public function injected(Request $request)
    {
        // InjectInput (route middleware) changed the input through setGet/setPost/setHeader.
        $all = $request->all();
        ksort($all);
        return json([
            'get' => $request->get('injected'),
            'post' => $request->post('p2'),
            'input' => $request->input('injected'),
            'header' => $request->header('x-injected'),
            'client_header' => $request->header('x-probe'),
            'all' => $all,
        ]);
    }

    public function peer(Request $request)
    {
        return json([
            'remote_ip' => $request->getRemoteIp(),
            'local_ip' => $request->getLocalIp(),
            'local_port' => $request->getLocalPort(),
            'remote_port_set' => $request->getRemotePort() > 0,
            'host' => $request->host(true),
            'ajax' => $request->isAjax(),
            'expects_json' => $request->expectsJson(),
        ]);
    }

    public function boom(Request $request)
    {
        throw new \RuntimeException('boom-marker');
    }

    public function go(Request $request)
    {
        return redirect('/hello/redirected');
    }

    public function download(Request $request)
    {
        return response()->download(public_path() . '/hello.txt', 'named.txt');
    }

    // /pool?id=..&s=..: a query of s seconds on a pooled connection. The request's id goes into
    // its coroutine Context before the wait and is read back after it, when other requests
    // have run in between: an answer with another id would be a Context shared across them.
    public function pool(Request $request)
    {
        $id = (string)$request->get('id', '');
        Context::set('request_id', $id);
        $pool = SleepPool::pool();
        $connection = $pool->get();
        try {
            $connection->query((float)$request->get('s', 0.5));
        } finally {
            $pool->put($connection);
        }
        return json([
            'id' => Context::get('request_id'),
            'connection' => $connection->id,
            'created' => SleepPool::created(),
            'loop' => Worker::$eventLoopClass,
        ]);
    }
}
