fn main() {
    eprintln!("valida-cc: not built yet");
    std::process::exit(2);
}
