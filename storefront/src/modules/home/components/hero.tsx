import styles from "./hero.module.css"

export default function Hero() {
  return (
    <section className={styles.hero} aria-labelledby="hero-heading">
      <div className="container">
        <h1 id="hero-heading" className={styles.heading}>
          서귀포 농가가 직접 보내는
          <br /> 제철 감귤과 먹거리
        </h1>
        <p className={styles.lead}>서귀포시가 검증한 농가의 상품을 산지에서 바로 받아 보세요.</p>
      </div>
    </section>
  )
}
