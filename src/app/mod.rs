//! The Bevy desktop app: a thin shell over the core. (Placeholder until the app issue lands.)

use std::path::PathBuf;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, egui};

/// Command-line options the app honours.
#[derive(Debug, Clone, Default, Resource)]
pub struct AppOptions {
    pub library: Option<PathBuf>,
    pub data_dir: Option<PathBuf>,
}

/// Opens the app window; returns the process exit status.
pub fn run(options: AppOptions) -> i32 {
    App::new()
        .add_plugins(DefaultPlugins.set(WindowPlugin {
            primary_window: Some(Window {
                title: "callcoach".into(),
                ..default()
            }),
            ..default()
        }))
        .add_plugins(EguiPlugin::default())
        .insert_resource(options)
        .add_systems(Startup, |mut commands: Commands| {
            commands.spawn(Camera2d);
        })
        .add_systems(EguiPrimaryContextPass, placeholder)
        .run();
    0
}

fn placeholder(mut contexts: EguiContexts) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut root = egui::Ui::new(
        ctx.clone(),
        "root".into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    );
    egui::CentralPanel::default().show(&mut root, |ui| {
        ui.heading("callcoach");
        ui.label("The trainee app is being built. Use the command line: callcoach --help");
    });
    Ok(())
}
