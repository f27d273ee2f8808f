//! `failfolio serve`: a local preview that rebuilds on every save.
//!
//! The site is built by a watch-mode [`Pipeline`] into a private temporary
//! folder (never the journal's output folder) and served over HTTP by
//! axum and `tower_http`'s `ServeDir`. Every HTML page loads a small
//! script ([`live::SCRIPT`]) that listens to server-sent events on
//! `/__failfolio/events`: it reloads the page when the site changed and
//! shows the problems in an overlay when a save could not be built.

pub mod live;

use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use axum::Router;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use jiff::civil::Date;
use tokio::sync::watch;
use tokio_stream::StreamExt;
use tokio_stream::wrappers::WatchStream;
use tower_http::services::ServeDir;

use crate::error::{Error, Result};
use crate::journal::entries_dir;
use crate::pipeline::{self, Pipeline, Run};
use crate::watch::watch_pipeline;
use live::LiveState;

/// How to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The journal.
    pub root: PathBuf,
    /// The address to listen on.
    pub bind: IpAddr,
    /// The port; 0 picks a free one.
    pub port: u16,
    /// Preview exactly what `build` publishes (no incubating, draft or
    /// private entries).
    pub public: bool,
    /// Today's date.
    pub today: Date,
}

/// A preview server whose port is bound and whose output folder exists,
/// ready to [`run`](Preview::run).
pub struct Preview {
    options: ServeOptions,
    listener: TcpListener,
    /// The private folder (mode 0700) that holds the site and the staging
    /// folders swapped in on every full rebuild, so that every page of the
    /// preview, private entries included, is readable by this user alone.
    dir: tempfile::TempDir,
    url: String,
    /// The `Host` headers the server answers, when bound to loopback.
    hosts: Option<Vec<String>>,
}

/// The name of the site's folder inside the private folder.
const SITE: &str = "site";

impl Preview {
    /// Checks the journal, binds the port and makes the private output
    /// folder. A port in use is an error that names it.
    pub fn bind(options: ServeOptions) -> Result<Preview> {
        entries_dir(&options.root)?;
        let addr = SocketAddr::new(options.bind, options.port);
        let listen_error = |source: std::io::Error| {
            let reason = match source.kind() {
                std::io::ErrorKind::AddrInUse => format!(
                    "port {} is already in use (another `failfolio serve`?); choose another with `--port`, e.g. `--port {}`",
                    options.port,
                    options.port.wrapping_add(1).max(1024)
                ),
                std::io::ErrorKind::AddrNotAvailable => {
                    "no network interface has that address; use `--bind 127.0.0.1`".to_string()
                }
                _ => source.to_string(),
            };
            Error::Listen { addr, reason, source }
        };
        let listener = TcpListener::bind(addr).map_err(listen_error)?;
        listener.set_nonblocking(true).map_err(listen_error)?;
        let local = listener.local_addr().map_err(listen_error)?;
        let host = match local.ip() {
            IpAddr::V4(ip) if ip.is_unspecified() => "127.0.0.1".to_string(),
            IpAddr::V6(ip) if ip.is_unspecified() => "[::1]".to_string(),
            IpAddr::V6(ip) => format!("[{ip}]"),
            IpAddr::V4(ip) => ip.to_string(),
        };
        let port = local.port();
        let url = format!("http://{host}:{port}/");
        // A page the user visits elsewhere may point a name it controls at
        // 127.0.0.1 (DNS rebinding) and read the preview: on loopback, only
        // requests addressed to the preview itself are answered.
        let hosts = options.bind.is_loopback().then(|| {
            [host.as_str(), "localhost", "127.0.0.1", "[::1]"]
                .iter()
                .map(|h| format!("{h}:{port}"))
                .collect()
        });
        // A new folder only this user can read (tempfile's default is
        // 0777 less the umask), removed on exit.
        let mut builder = tempfile::Builder::new();
        builder.prefix("failfolio-serve-");
        #[cfg(unix)]
        builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o700));
        let dir =
            builder.tempdir().map_err(|e| Error::io("create folder", std::env::temp_dir(), e))?;
        Ok(Preview { options, listener, dir, url, hosts })
    }

    /// The address of the home page.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The folder the preview is built into, inside a folder only this
    /// user can read.
    pub fn output(&self) -> PathBuf {
        self.dir.path().join(SITE)
    }

    /// Builds, serves and rebuilds on every change until Ctrl-C (or
    /// SIGTERM), calling `report` after every build (in the watcher's
    /// thread). The private folder is removed on the way out.
    pub fn run(self, report: impl FnMut(&Pipeline, &Result<Run>) + Send + 'static) -> Result<()> {
        let output = self.output();
        let Preview { options, listener, dir, url, hosts } = self;
        let pipeline = Pipeline::new(pipeline::Options {
            root: options.root.clone(),
            output: output.clone(),
            include_unpublished: !options.public,
            badges: !options.public,
            base_url: Some(url),
            live_reload: true,
            today: options.today,
        })?;
        let (state_tx, state_rx) = watch::channel(LiveState::default());
        let (stop_tx, stop_rx) = mpsc::channel::<()>();
        let watcher = std::thread::Builder::new()
            .name("failfolio-watch".into())
            .spawn(move || run_watcher(pipeline, &stop_rx, state_tx, report))
            .map_err(|source| Error::Serve { action: "start its watcher", source })?;

        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .map_err(|source| Error::Serve { action: "start", source })?;
        let served = runtime.block_on(async {
            let listener = tokio::net::TcpListener::from_std(listener)
                .map_err(|source| Error::Serve { action: "listen", source })?;
            let app = router(&output, state_rx, hosts);
            tokio::select! {
                result = axum::serve(listener, app) => {
                    result.map_err(|source| Error::Serve { action: "serve", source })
                }
                () = shutdown_signal() => Ok(()),
            }
        });
        // Open event streams would keep the runtime busy: don't wait for them.
        runtime.shutdown_timeout(Duration::from_millis(200));
        let _ = stop_tx.send(());
        let watched = watcher.join().unwrap_or_else(|_| {
            Err(Error::Serve {
                action: "watch",
                source: std::io::Error::other("the watcher thread panicked"),
            })
        });
        drop(dir);
        served.and(watched)
    }
}

/// The watcher's thread: build, then rebuild on every change, publishing
/// each new state to the browsers.
fn run_watcher(
    mut pipeline: Pipeline,
    stop: &mpsc::Receiver<()>,
    state: watch::Sender<LiveState>,
    mut report: impl FnMut(&Pipeline, &Result<Run>),
) -> Result<()> {
    watch_pipeline(&mut pipeline, stop, |pipeline, result| {
        report(pipeline, result);
        let next = state.borrow().after(pipeline, result);
        state.send_if_modified(|current| {
            let changed = *current != next;
            *current = next;
            changed
        });
    })
}

/// The routes: the live-reload script and events, then the site; with
/// `hosts`, only requests whose `Host` is one of them.
fn router(out: &Path, state: watch::Receiver<LiveState>, hosts: Option<Vec<String>>) -> Router {
    let not_found_dir = out.to_path_buf();
    let not_found = move || async move {
        match tokio::fs::read(not_found_dir.join("404.html")).await {
            Ok(bytes) => (StatusCode::NOT_FOUND, Html(bytes)).into_response(),
            // Nothing built yet: a page that shows the problems and reloads.
            Err(_) => (StatusCode::NOT_FOUND, Html(live::NOT_BUILT)).into_response(),
        }
    };
    let site =
        ServeDir::new(out).fallback(axum::handler::HandlerWithoutStateExt::into_service(not_found));
    Router::new()
        .route("/__failfolio/live.js", get(live_script))
        .route("/__failfolio/events", get(move || events(state.clone())))
        .fallback_service(site)
        .layer(axum::middleware::map_response(no_store))
        .layer(axum::middleware::from_fn(move |request, next| {
            check_host(hosts.clone(), request, next)
        }))
}

/// Refuses a request whose `Host` header is not one of `hosts`.
async fn check_host(
    hosts: Option<Vec<String>>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    if let Some(hosts) = hosts {
        let host = request.headers().get(header::HOST).and_then(|h| h.to_str().ok());
        if !host.is_some_and(|h| hosts.iter().any(|a| a.eq_ignore_ascii_case(h))) {
            let body = "This preview answers only requests addressed to it \
                        (`Host: localhost` or the loopback address, with its port).\n";
            return (StatusCode::MISDIRECTED_REQUEST, body).into_response();
        }
    }
    next.run(request).await
}

/// `/__failfolio/live.js`.
async fn live_script() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8")], live::SCRIPT)
}

/// `/__failfolio/events`: the current state now, then after every change.
async fn events(state: watch::Receiver<LiveState>) -> impl IntoResponse {
    let stream = WatchStream::new(state).map(|state| {
        let data = serde_json::to_string(&state).unwrap_or_else(|_| "{}".into());
        Ok::<_, Infallible>(Event::default().event("state").data(data))
    });
    Sse::new(stream).keep_alive(KeepAlive::default())
}

/// Previews change with every save: browsers must not cache them.
async fn no_store(mut response: Response) -> Response {
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Ctrl-C, or SIGTERM or SIGHUP (the terminal closed) on Unix.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        use tokio::signal::unix::{SignalKind, signal};
        match (signal(SignalKind::terminate()), signal(SignalKind::hangup())) {
            (Ok(mut term), Ok(mut hangup)) => {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = hangup.recv() => {}
                }
            }
            _ => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}
