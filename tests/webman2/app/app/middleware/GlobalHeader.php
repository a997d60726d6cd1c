<?php
// Fixture of tests/webman2/run.sh: a global middleware (config/middleware.php, '@').

namespace app\middleware;

use Webman\Http\Request;
use Webman\Http\Response;
use Webman\MiddlewareInterface;

class GlobalHeader implements MiddlewareInterface
{
    public function process(Request $request, callable $handler): Response
    {
        return $handler($request)->withHeader('X-Global-Mw', 'on');
    }
}
